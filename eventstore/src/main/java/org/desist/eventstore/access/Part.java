package org.desist.eventstore.access;

import java.util.Optional;

/**
 * The kinds of data a person's record holds. Each kind has one rule whatever the path that reaches it: the contacts
 * read through {@code /history} are contacts as much as those read through {@code /contacts}.
 */
public enum Part {
    /** Personal details: name, date of birth, identifiers. */
    RECORD,
    APPOINTMENTS,
    /** Contacts with their notes. */
    CONTACTS,
    /** Sentences, requirements and progress on them. */
    SENTENCE,
    SENTENCE_PLAN,
    ENFORCEMENT,
    CRIMINAL_HISTORY,
    ALLOCATION,
    REGISTRATIONS,
    APPROVED_PREMISES,
    /** Levels only: tier, RoSH level, OGRS3 band. */
    RISK_SUMMARY,
    /** Risk narratives and rationales, scores with their inputs. */
    RISK,
    VICTIMS,
    CONTACT_DETAILS,
    /** Everything recorded, event by event. */
    HISTORY,
    /** Who may open the case, with whom it is shared. */
    ACCESS,
    /** The person's own voice: feedback on their supervision and plan, the confidentiality notice. */
    FEEDBACK,
    /** Pre-sentence reports, their drafts and signed versions. */
    REPORTS;

    /** The parts a sharing agreement can name, as agreements spell them. */
    public static Optional<Part> shareable(String scope) {
        return switch (scope) {
            case "APPOINTMENTS" -> Optional.of(APPOINTMENTS);
            case "SENTENCE_PLAN" -> Optional.of(SENTENCE_PLAN);
            case "RISK_SUMMARY" -> Optional.of(RISK_SUMMARY);
            case "CONTACT_DETAILS" -> Optional.of(CONTACT_DETAILS);
            default -> Optional.empty();
        };
    }
}
