package org.desist.conduct.board;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A row of the {@code board_members} read model: one person on the board's roster. */
@Entity
@Table(name = "board_members")
public class BoardMemberRecord extends PanacheEntityBase {

    @Id
    public String memberId;
    public LocalDate appointedOn;
    public LocalDate stoodDownOn;
    public Instant changedAt;
}
