package org.desist.conduct.conviction;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.conviction.ConvictionEvent.ConvictionReviewed;
import org.desist.conduct.conviction.ConvictionEvent.ConvictionSelfReported;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;

/** A member of staff's self-reported convictions and cautions, and the reviews of them. */
public record ConvictionReports(Map<UUID, ConvictionSelfReported> reports, Map<UUID, ConvictionReviewed> reviews) {

    public static final Aggregate<ConvictionReports, ConvictionEvent> AGGREGATE = new Aggregate<>(ConvictionEvent.class,
            new ConvictionReports(Map.of(), Map.of()), ConvictionReports::evolve);

    static ConvictionReports evolve(ConvictionReports state, ConvictionEvent event) {
        Map<UUID, ConvictionSelfReported> reports = new LinkedHashMap<>(state.reports());
        Map<UUID, ConvictionReviewed> reviews = new LinkedHashMap<>(state.reviews());
        switch (event) {
            case ConvictionSelfReported r -> reports.put(r.reportId(), r);
            case ConvictionReviewed r -> reviews.put(r.reportId(), r);
        }
        return new ConvictionReports(Map.copyOf(reports), Map.copyOf(reviews));
    }

    /** This state beside another's: reports and reviews in the staff stream and in the private one. */
    ConvictionReports and(ConvictionReports other) {
        Map<UUID, ConvictionSelfReported> reports = new LinkedHashMap<>(this.reports);
        reports.putAll(other.reports);
        Map<UUID, ConvictionReviewed> reviews = new LinkedHashMap<>(this.reviews);
        reviews.putAll(other.reviews);
        return new ConvictionReports(Map.copyOf(reports), Map.copyOf(reviews));
    }

    /** 002_d7d6c09e19b6ddeb.txt 4.4: staff report their own convictions and cautions. */
    static List<ConvictionEvent> selfReport(UUID reportId, String staffId, ConvictionEvent.Kind kind, String details,
            LocalDate date) {
        return List.of(new ConvictionSelfReported(reportId, staffId, kind, details.strip(), date));
    }

    List<ConvictionEvent> review(UUID reportId, ConvictionEvent.Outcome outcome, String rationale) {
        ConvictionSelfReported report = Optional.ofNullable(reports.get(reportId))
                .orElseThrow(() -> new NotFound("no conviction report " + reportId));
        if (reviews.containsKey(reportId)) {
            throw new RuleViolated("conviction-already-reviewed", "report " + reportId + " is already reviewed",
                    "002_d7d6c09e19b6ddeb.txt 4.4");
        }
        return List.of(new ConvictionReviewed(reportId, report.staffId(), outcome, rationale));
    }
}
