package org.desist.conduct.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.disclosure.DisclosureAccess.Caller;
import org.desist.conduct.disclosure.DisclosureEvent.Status;
import org.desist.eventstore.Actor;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.command.Versioned;
import org.desist.eventstore.http.NotFound;

/**
 * Whistleblowing (002_d7d6c09e19b6ddeb.txt 8.6; 001): a disclosure is made, anonymously or named, and routed past
 * anyone implicated; the reporter follows it and adds to it by receipt code; its recipient reads it and moves it on.
 */
@ApplicationScoped
public class Disclosures {

    /** The log's actor columns would name the reporter: a disclosure is recorded as made by "reporter". */
    private static final Actor NAMED_REPORTER = new Actor("reporter", "named-reporter", Optional.empty(), Optional.empty());
    private static final Actor ANONYMOUS_REPORTER = new Actor("reporter", "anonymous-reporter", Optional.empty(),
            Optional.empty());
    /** Whoever holds the receipt code, named or not, adds to a disclosure without being named. */
    private static final Actor RECEIPT_HOLDER = new Actor("anonymous", "anonymous-reporter", Optional.empty(),
            Optional.empty());

    /** What the reporter is given: the code to follow the disclosure by, and its id. */
    public record Receipt(String receiptCode, UUID disclosureId) {
    }

    /** Where a disclosure stands, as the reporter sees it by receipt code. */
    public record Progress(String status, Instant madeAt) {
    }

    private final CommandHandler commands;
    private final DisclosureRouting routing;
    private final ReporterIdentity reporters;

    Disclosures(CommandHandler commands, DisclosureRouting routing, ReporterIdentity reporters) {
        this.commands = commands;
        this.routing = routing;
        this.reporters = reporters;
    }

    /** {@code reporter} is the named reporter's staff id; empty for a reporter who stays anonymous. */
    public Versioned<Receipt> make(String summary, String concerns, List<String> implicated, Optional<String> reporter) {
        String code = ReceiptCodes.next();
        UUID id = UuidV7.next();
        Recipient recipient = routing.recipient(reporter, implicated);
        long version = commands.create(Disclosure.stream(id), Disclosure.AGGREGATE,
                disclosure -> disclosure.make(id, summary, concerns, implicated, reporter.map(reporters::seal),
                        ReceiptCodes.hash(code), recipient),
                CommandMetadata.by(reporter.isPresent() ? NAMED_REPORTER : ANONYMOUS_REPORTER)).version();
        return new Versioned<>(new Receipt(code, id), version);
    }

    public Versioned<Progress> progress(String receiptCode) {
        DisclosureRecord row = byReceipt(receiptCode);
        return new Versioned<>(new Progress(row.status, row.madeAt), version(row.disclosureId));
    }

    public long addInformation(String receiptCode, ExpectedVersion expected, String information) {
        DisclosureRecord row = byReceipt(receiptCode);
        return commands.update(Disclosure.stream(row.disclosureId), expected, Disclosure.AGGREGATE,
                disclosure -> disclosure.addInformation(information), CommandMetadata.by(RECEIPT_HOLDER)).version();
    }

    /** The disclosures routed to the caller, newest first, none that names them as implicated. */
    public List<DisclosureView> routedTo(Caller caller) {
        return DisclosureRecord.<DisclosureRecord>list("order by madeAt desc").stream()
                .filter(row -> DisclosureAccess.mayKnow(row.routedTo, implicated(row), caller)).map(this::view).toList();
    }

    public Versioned<DisclosureView> one(UUID disclosureId, Caller caller) {
        return new Versioned<>(view(known(disclosureId, caller)), version(disclosureId));
    }

    public long changeStatus(UUID disclosureId, ExpectedVersion expected, Status to, String rationale, Caller caller,
            CommandMetadata metadata) {
        known(disclosureId, caller);
        return commands.update(Disclosure.stream(disclosureId), expected, Disclosure.AGGREGATE,
                disclosure -> disclosure.changeStatus(to, rationale), metadata).version();
    }

    /** A disclosure the caller may know of; to anyone else it does not exist, as for an id that names nothing. */
    private DisclosureRecord known(UUID disclosureId, Caller caller) {
        DisclosureRecord row = DisclosureRecord.findById(disclosureId);
        if (row == null || !DisclosureAccess.mayKnow(row.routedTo, implicated(row), caller)) {
            throw new NotFound("no disclosure " + disclosureId);
        }
        return row;
    }

    private long version(UUID disclosureId) {
        return commands.load(Disclosure.stream(disclosureId).id(), Disclosure.AGGREGATE).version();
    }

    private static DisclosureRecord byReceipt(String receiptCode) {
        DisclosureRecord row = DisclosureRecord.find("receiptHash", ReceiptCodes.hash(receiptCode)).firstResult();
        if (row == null) {
            throw new NotFound("no disclosure has that receipt code");
        }
        return row;
    }

    private static List<String> implicated(DisclosureRecord row) {
        return row.implicated.isEmpty() ? List.of() : List.of(row.implicated.split(","));
    }

    private DisclosureView view(DisclosureRecord row) {
        return new DisclosureView(row.disclosureId, row.summary, row.concerns, implicated(row),
                Optional.ofNullable(row.reporter).map(this::opened), row.routedTo, row.status, row.madeAt, row.information);
    }

    /** A reporter's identity as the recipient reads it; one sealed under another key is said to be so. */
    private String opened(String sealed) {
        try {
            return reporters.open(sealed);
        } catch (IllegalStateException e) {
            return "(sealed under another key: ask the key's custodian)";
        }
    }
}
