package org.desist.cases.allocation;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of the {@code allocations} read model. */
@Entity
@Table(name = "allocations")
public class AllocationRecord extends PanacheEntityBase {

    @Id
    public String crn;
    public String staffId;
    public String team;
    public Instant allocatedAt;
    public String flaggedReason;
}
