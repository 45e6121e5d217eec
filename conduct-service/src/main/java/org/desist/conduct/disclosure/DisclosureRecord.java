package org.desist.conduct.disclosure;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of the {@code disclosures} read model. */
@Entity
@Table(name = "disclosures")
public class DisclosureRecord extends PanacheEntityBase {

    @Id
    public UUID disclosureId;
    public String receiptHash;
    public String summary;
    public String concerns;
    public String implicated;
    public String reporter;
    public String routedTo;
    public String status;
    public Instant madeAt;
    public String information;
}
