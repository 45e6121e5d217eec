package org.desist.risk.profile;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code risk_contact_outcomes}: a contact's latest outcome. */
@Entity
@Table(name = "risk_contact_outcomes")
public class ContactOutcomeRecord extends PanacheEntityBase {

    @Id
    public UUID contactId;
    public String crn;
    public Instant occurredAt;
    public String outcome;
}
