package org.desist.conduct.conviction;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.eventstore.command.EventType;
import org.desist.eventstore.command.Judgement;

/** Staff report their own convictions and cautions, and the conduct officer reviews each (002_d7d6c09e19b6ddeb.txt 4.4). */
public sealed interface ConvictionEvent {

    @EventType("conduct.conviction.self-reported")
    record ConvictionSelfReported(UUID reportId, String staffId, Kind kind, String details, LocalDate date)
            implements ConvictionEvent {
    }

    @EventType("conduct.conviction.reviewed")
    record ConvictionReviewed(UUID reportId, String staffId, Outcome outcome, String rationale)
            implements ConvictionEvent, Judgement {
    }

    enum Kind {
        CONVICTION,
        CAUTION
    }

    enum Outcome {
        NO_ACTION,
        RISK_ASSESSMENT,
        DISCIPLINARY_INVESTIGATION
    }
}
