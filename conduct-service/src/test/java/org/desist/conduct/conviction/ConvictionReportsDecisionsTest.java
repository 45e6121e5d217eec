package org.desist.conduct.conviction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.desist.conduct.conviction.ConvictionEvent.ConvictionReviewed;
import org.desist.conduct.conviction.ConvictionEvent.ConvictionSelfReported;
import org.desist.conduct.conviction.ConvictionEvent.Kind;
import org.desist.conduct.conviction.ConvictionEvent.Outcome;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;
import org.junit.jupiter.api.Test;

/** Given a member of staff's self-reported convictions, when the conduct officer reviews one, then the review. */
class ConvictionReportsDecisionsTest {

    private static final ConvictionSelfReported REPORTED = new ConvictionSelfReported(UUID.randomUUID(), "alex",
            Kind.CAUTION, "speeding", LocalDate.of(2026, 9, 1));

    private static ConvictionReports given(ConvictionEvent... events) {
        return ConvictionReports.AGGREGATE.fold(List.of(events));
    }

    @Test
    void aSelfReportedConvictionIsReviewedForTheMemberOfStaffWhoReportedIt_002_4_4() {
        assertThat(given(REPORTED).review(REPORTED.reportId(), Outcome.RISK_ASSESSMENT, "driving role"))
                .containsExactly(new ConvictionReviewed(REPORTED.reportId(), "alex", Outcome.RISK_ASSESSMENT,
                        "driving role"));
    }

    @Test
    void aReportIsReviewedOnce_002_4_4() {
        assertThatThrownBy(() -> given(REPORTED, new ConvictionReviewed(REPORTED.reportId(), "alex", Outcome.NO_ACTION,
                "x")).review(REPORTED.reportId(), Outcome.DISCIPLINARY_INVESTIGATION, "y"))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "conviction-already-reviewed");
    }

    @Test
    void aReportNotMadeIsNotFound() {
        assertThatThrownBy(() -> given(REPORTED).review(UUID.randomUUID(), Outcome.NO_ACTION, "x"))
                .isInstanceOf(NotFound.class);
    }

    @Test
    void staffReportTheirOwnConvictionsAndCautions_002_4_4() {
        UUID id = UUID.randomUUID();

        assertThat(ConvictionReports.selfReport(id, "alex", Kind.CONVICTION, " drink driving ", LocalDate.of(2026, 9, 1)))
                .containsExactly(new ConvictionSelfReported(id, "alex", Kind.CONVICTION, "drink driving",
                        LocalDate.of(2026, 9, 1)));
    }
}
