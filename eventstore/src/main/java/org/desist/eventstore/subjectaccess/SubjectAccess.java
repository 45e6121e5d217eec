package org.desist.eventstore.subjectaccess;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.desist.eventstore.EventStoreConfig;
import org.desist.eventstore.access.Access;
import org.desist.eventstore.access.AccessLog;
import org.desist.eventstore.access.Part;
import org.desist.eventstore.access.Reader;

/**
 * A service's answer to a subject access request, the same in every service: whether it knows the person, what its
 * {@link SubjectAccessSource} holds in the period, and who read the person's record then (the access log). The request
 * is itself a read of the record and goes into the access log, after the answer is taken.
 */
@ApplicationScoped
public class SubjectAccess {

    /** The basis the access log records a subject access read under. */
    public static final String BASIS = "subject-access-request";
    static final int MOST_VIEWINGS = 100_000;

    /** The three answers of the contract UK probation services use: 200 with content, 204, 209. */
    public sealed interface Outcome {

        record Held(SubjectAccessContent content) implements Outcome {
        }

        record NothingHeld() implements Outcome {
        }

        record NotKnown() implements Outcome {
        }
    }

    private final Instance<SubjectAccessSource> sources;
    private final AccessLog log;
    private final Redaction redaction;
    private final String service;

    SubjectAccess(Instance<SubjectAccessSource> sources, AccessLog log, Redaction redaction, EventStoreConfig config) {
        this.sources = sources;
        this.log = log;
        this.redaction = redaction;
        this.service = config.service();
    }

    public Outcome answer(SubjectAccessPeriod period, Reader reader, String operation) {
        try {
            return outcome(period);
        } finally {
            log.record(reader, period.crn(), Part.HISTORY, operation, new Access.Granted(BASIS, Optional.empty()));
        }
    }

    private Outcome outcome(SubjectAccessPeriod period) {
        if (sources.stream().noneMatch(source -> source.knows(period.crn()))) {
            return new Outcome.NotKnown();
        }
        List<HeldRecord> records = new ArrayList<>();
        List<String> withheld = new ArrayList<>(List.of(redaction.staffShown()));
        ThirdParties parties = ThirdParties.NONE;
        for (SubjectAccessSource source : sources) {
            List<HeldRecord> held = source.held(period);
            records.addAll(held);
            withheld.addAll(source.withheld());
            if (!held.isEmpty()) {
                parties = parties.and(source.thirdParties(period.crn()));
            }
        }
        if (!parties.isEmpty()) {
            UnaryOperator<JsonNode> redact = redaction.thirdParties(parties);
            records.replaceAll(r -> new HeldRecord(r.what(), r.occurredAt(), r.recordedAt(), r.recordedBy(),
                    redact.apply(r.details())));
            withheld.add(redaction.thirdPartiesShown());
        }
        records.sort(Comparator.comparing(HeldRecord::recordedAt));
        List<Viewing> viewings = log.find(Optional.of(period.crn()), Optional.empty(), Optional.empty(),
                Optional.empty(), period.start(), period.end(), MOST_VIEWINGS).reversed().stream()
                .map(entry -> Viewing.of(entry, redaction)).toList();
        if (records.isEmpty() && viewings.isEmpty()) {
            return new Outcome.NothingHeld();
        }
        return new Outcome.Held(new SubjectAccessContent(service, period.crn(), period.fromDate(), period.toDate(),
                records, viewings, withheld));
    }
}
