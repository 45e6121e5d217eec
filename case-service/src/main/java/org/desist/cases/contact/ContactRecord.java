package org.desist.cases.contact;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of the {@code contacts} read model. */
@Entity
@Table(name = "contacts")
public class ContactRecord extends PanacheEntityBase {

    @Id
    public UUID id;
    public String crn;
    public String type;
    public Instant occurredAt;
    public String outcome;
    public String notes;
    public boolean loneContact;
    public String loneContactReason;
    public Instant recordedAt;
    public String recordedBy;

    /** The partner agency whose user recorded it, if one did. */
    @jakarta.persistence.Column(name = "recorded_by_agency")
    public String recordedByAgency;
    public int corrections;
    public String lastCorrectionReason;
}
