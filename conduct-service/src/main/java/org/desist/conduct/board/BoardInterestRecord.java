package org.desist.conduct.board;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A row of the {@code board_interests} read model: one declared interest as it stands. */
@Entity
@Table(name = "board_interests")
public class BoardInterestRecord extends PanacheEntityBase {

    @Id
    public UUID interestId;
    public String memberId;
    public String kind;
    public String details;
    public LocalDate interestDate;
    /** DECLARED, AMENDED or WITHDRAWN. */
    public String status;
    public Instant declaredAt;
    public Instant changedAt;
    public LocalDate endedOn;
    public String reason;
}
