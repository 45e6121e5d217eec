package org.desist.conduct.declaration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of the {@code declarations} read model: a relationship (crn, relationship) or another conflict (conflict). */
@Entity
@Table(name = "declarations")
public class DeclarationRecord extends PanacheEntityBase {

    @Id
    public UUID declarationId;
    public String staffId;
    public String crn;
    public String relationship;
    public String conflict;
    public String agency;
    /** What the declaration says now: the latest amendment's details, or what was declared. */
    public String details;
    public Instant declaredAt;
    public int amendments;
    public Instant amendedAt;
    public String amendmentReason;
    /** The line manager's decision as it stands: cleared by an amendment, which awaits a new one. */
    public String decision;
    public String decidedBy;
    public String rationale;
    /** WITHDRAWN or RELATIONSHIP_ENDED once the declaration no longer stands. */
    public String ended;
}
