package org.desist.conduct.conviction;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of the {@code conviction_register} read model: one reported conviction or caution and its review. */
@Entity
@Table(name = "conviction_register")
public class ConvictionRegisterRecord extends PanacheEntityBase {

    @Id
    public UUID reportId;
    public String staffId;
    public String kind;
    public String details;
    public LocalDate occurredOn;
    public Instant reportedAt;
    /** Who recorded the report: the member of staff, or the conduct officer on their behalf. */
    public String reportedBy;
    public String outcome;
    public String rationale;
    public String reviewedBy;
    public Instant reviewedAt;
}
