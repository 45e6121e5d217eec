package org.desist.cases.access;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.command.EventType;
import org.desist.eventstore.command.Judgement;

/** Who may open a person's case: limited access, and sharing with partner agencies. */
public sealed interface AccessEvent {

    /**
     * The case's exclusion and restriction lists, set whole by a senior (empty lists lift them). Published without the
     * rationale, so that every service keeps the case closed to whom it must.
     */
    @EventType("probation-case.access.restricted")
    record AccessRestricted(List<String> excluded, List<String> restrictedTo, LocalDate from, Optional<LocalDate> until,
            String message, String rationale) implements AccessEvent, Judgement {

        public AccessRestricted {
            until = until == null ? Optional.empty() : until;
        }
    }

    /** Parts of the case shared with one partner agency, on the person's consent or a legal basis, until it expires. */
    @EventType("probation-case.sharing.agreed")
    record SharingAgreed(UUID agreementId, String agency, List<SharingScope> scope, SharingBasis basis,
            LocalDate expiresOn, String rationale) implements AccessEvent, Judgement {
    }

    /** The agreement ends at once: consent withdrawn, or the need gone. */
    @EventType("probation-case.sharing.ended")
    record SharingEnded(UUID agreementId, String reason) implements AccessEvent {
    }
}
