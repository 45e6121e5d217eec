package org.desist.conduct.declaration;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of the {@code declarations} read model. */
@Entity
@Table(name = "declarations")
public class DeclarationRecord extends PanacheEntityBase {

    @Id
    public UUID declarationId;
    public String staffId;
    public String crn;
    public String relationship;
    public String details;
    public Instant declaredAt;
    public String decision;
    public String decidedBy;
    public String rationale;
    /** WITHDRAWN or RELATIONSHIP_ENDED once the declaration no longer stands. */
    public String ended;
}
