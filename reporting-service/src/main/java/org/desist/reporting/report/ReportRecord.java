package org.desist.reporting.report;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of the {@code reports} read model. */
@Entity
@Table(name = "reports")
public class ReportRecord extends PanacheEntityBase {

    @Id
    public UUID reportId;
    public String court;
    public LocalDate hearingDate;
    public String crn;
    public String pnc;
    public String defendantName;
    public String charges;
    public String reportType;
    public String via;
    public LocalDate requestedOn;
    public LocalDate dueDate;
    public Instant requestedAt;
    public String stage;
    public String author;
    public int version;
    public Integer deliveredVersion;
    public Instant deliveredAt;
    public Integer acknowledgedVersion;
    public Instant acknowledgedAt;
}
