package org.desist.risk.profile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/** A row of {@code risk_convictions}: a conviction recorded since supervision began. */
@Entity
@Table(name = "risk_convictions")
public class ConvictionRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    public String crn;
    public LocalDate convictionDate;
}
