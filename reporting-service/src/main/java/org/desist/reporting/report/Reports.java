package org.desist.reporting.report;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.StreamNotFound;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.Decision;
import org.desist.eventstore.command.Loaded;
import org.desist.eventstore.command.Versioned;
import org.desist.reporting.prefill.PersonFacts;

/** The application service of pre-sentence reports: each command loads the report, decides, appends. */
@ApplicationScoped
public class Reports {

    private final CommandHandler commands;
    private final ReportsConfig config;
    private final PersonFacts facts;
    private final Clock clock = Clock.systemDefaultZone();

    Reports(CommandHandler commands, ReportsConfig config, PersonFacts facts) {
        this.commands = commands;
        this.config = config;
        this.facts = facts;
    }

    /**
     * Opens a report for a court's request. A request naming only a PNC is matched through case-service's people;
     * one that matches nobody waits, visible to court liaison, to be matched — never dropped.
     */
    public Versioned<UUID> request(UUID reportId, CourtRequest request, ReportEvent.Via via, CommandMetadata metadata) {
        CourtRequest matched = request.crn().isPresent() ? request : request.pnc().flatMap(facts::crnOfPnc)
                .map(crn -> new CourtRequest(request.court(), request.hearingDate(), Optional.of(crn), request.pnc(),
                        request.defendantName(), request.charges(), request.reportType()))
                .orElse(request);
        LocalDate today = LocalDate.now(clock);
        LocalDate due = DueDates.due(config.dueWorkingDays().of(request.reportType()), today, request.hearingDate());
        Decision decision = commands.create(PreSentenceReport.stream(reportId), PreSentenceReport.AGGREGATE,
                r -> PreSentenceReport.request(reportId, matched, today, due, via), metadata);
        return new Versioned<>(reportId, decision.version());
    }

    public Versioned<UUID> request(CourtRequest request, ReportEvent.Via via, CommandMetadata metadata) {
        return request(UuidV7.next(), request, via, metadata);
    }

    public long match(UUID reportId, ExpectedVersion seen, String crn, String how, CommandMetadata metadata) {
        return change(reportId, seen, r -> r.match(reportId, crn, how), metadata);
    }

    public long assign(UUID reportId, ExpectedVersion seen, String staffId, CommandMetadata metadata) {
        return change(reportId, seen, r -> r.assign(reportId, staffId), metadata);
    }

    public long write(UUID reportId, ExpectedVersion seen, Draft draft, CommandMetadata metadata) {
        return change(reportId, seen, r -> r.write(reportId, metadata.actor().subject(), draft), metadata);
    }

    public long submit(UUID reportId, ExpectedVersion seen, CommandMetadata metadata) {
        return change(reportId, seen, r -> r.submit(reportId, metadata.actor().subject()), metadata);
    }

    public long approve(UUID reportId, ExpectedVersion seen, CommandMetadata metadata) {
        return change(reportId, seen, r -> r.approve(reportId, metadata.actor().subject()), metadata);
    }

    public long giveBack(UUID reportId, ExpectedVersion seen, String comments, CommandMetadata metadata) {
        return change(reportId, seen, r -> r.giveBack(reportId, metadata.actor().subject(), comments), metadata);
    }

    public long countersign(UUID reportId, ExpectedVersion seen, String rationale, CommandMetadata metadata) {
        return change(reportId, seen, r -> r.countersign(reportId, metadata.actor().subject(), rationale), metadata);
    }

    /** Signs with the facts the platform knows now: the signed version keeps them, as they were, with its hash. */
    public long sign(UUID reportId, ExpectedVersion seen, CommandMetadata metadata) {
        return change(reportId, seen, r -> r.sign(reportId, metadata.actor().subject(),
                r.crn().map(facts::about).orElse(List.of())), metadata);
    }

    public long revise(UUID reportId, ExpectedVersion seen, String reason, CommandMetadata metadata) {
        return change(reportId, seen, r -> r.revise(reportId, metadata.actor().subject(), reason), metadata);
    }

    public long acknowledge(UUID reportId, Optional<Integer> version, ReportEvent.Via via, CommandMetadata metadata) {
        return change(reportId, ExpectedVersion.any(), r -> r.acknowledge(reportId, version,
                metadata.actor().subject(), via), metadata);
    }

    public Versioned<PreSentenceReport> load(UUID reportId) {
        Loaded<PreSentenceReport> loaded = commands.load(PreSentenceReport.stream(reportId).id(),
                PreSentenceReport.AGGREGATE);
        if (!loaded.exists()) {
            throw new StreamNotFound(PreSentenceReport.stream(reportId));
        }
        return new Versioned<>(loaded.state(), loaded.version());
    }

    /** The facts a draft is pre-filled with now (a signed version keeps those it was signed with). */
    public List<Fact> factsFor(PreSentenceReport report) {
        return report.crn().map(facts::about).orElse(List.of());
    }

    private long change(UUID reportId, ExpectedVersion seen, Function<PreSentenceReport, List<? extends ReportEvent>> decide,
            CommandMetadata metadata) {
        return commands.update(PreSentenceReport.stream(reportId), seen, PreSentenceReport.AGGREGATE, decide, metadata)
                .version();
    }
}
