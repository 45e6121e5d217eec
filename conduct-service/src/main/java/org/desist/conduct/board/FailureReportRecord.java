package org.desist.conduct.board;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of the {@code board_failure_reports} read model. */
@Entity
@Table(name = "board_failure_reports")
public class FailureReportRecord extends PanacheEntityBase {

    @Id
    public UUID reportId;
    public String memberId;
    public String details;
    public String reportedBy;
    public Instant reportedAt;
    public String outcome;
    public String consulted;
    public String rationale;
    public String decidedBy;
}
