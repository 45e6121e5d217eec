package org.desist.conduct.misconduct;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of the {@code misconduct_cases} read model. */
@Entity
@Table(name = "misconduct_cases")
public class MisconductCaseRecord extends PanacheEntityBase {

    @Id
    public UUID caseId;
    public String staffId;
    public String stage;
    public Instant allegedAt;
    public String investigator;
    public String outcome;
    public Instant concludedAt;
}
