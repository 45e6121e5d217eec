package org.desist.cases.contact;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A contact as {@code GET /people/{crn}/contacts} shows it: its current record and how often it was corrected;
 * {@code recordedByAgency} names the partner agency that recorded it, if one did.
 */
public record ContactView(UUID id, ContactType type, Instant occurredAt, ContactOutcome outcome, String notes,
        boolean loneContact, Optional<String> loneContactReason, Instant recordedAt, String recordedBy,
        Optional<String> recordedByAgency, int corrections, Optional<String> lastCorrectionReason) {

    static ContactView of(ContactRecord row) {
        return new ContactView(row.id, ContactType.valueOf(row.type), row.occurredAt, ContactOutcome.valueOf(row.outcome),
                row.notes, row.loneContact, Optional.ofNullable(row.loneContactReason), row.recordedAt, row.recordedBy,
                Optional.ofNullable(row.recordedByAgency), row.corrections, Optional.ofNullable(row.lastCorrectionReason));
    }
}
