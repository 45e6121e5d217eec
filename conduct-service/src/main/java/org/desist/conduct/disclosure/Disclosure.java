package org.desist.conduct.disclosure;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.disclosure.DisclosureEvent.DisclosureMade;
import org.desist.conduct.disclosure.DisclosureEvent.DisclosureStatusChanged;
import org.desist.conduct.disclosure.DisclosureEvent.InformationAdded;
import org.desist.conduct.disclosure.DisclosureEvent.Status;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.RuleViolated;

/**
 * A protected disclosure as made, and its status as the recipient moved it on; a closed one stays closed. Each
 * disclosure is a stream of its own, of a type the relay never publishes.
 */
public record Disclosure(Optional<DisclosureMade> made, Status status) {

    static final String CLAUSE = "002_d7d6c09e19b6ddeb.txt 8.6";

    public static final Aggregate<Disclosure, DisclosureEvent> AGGREGATE =
            new Aggregate<>(DisclosureEvent.class, new Disclosure(Optional.empty(), Status.RECEIVED), Disclosure::evolve);

    static Disclosure evolve(Disclosure state, DisclosureEvent event) {
        return switch (event) {
            case DisclosureMade made -> new Disclosure(Optional.of(made), Status.RECEIVED);
            case InformationAdded added -> state;
            case DisclosureStatusChanged changed -> new Disclosure(state.made(), changed.status());
        };
    }

    public static StreamId stream(UUID disclosureId) {
        return StreamId.of("disclosure", disclosureId.toString());
    }

    /**
     * A new disclosure: {@code sealedReporter} is empty when the reporter chose to stay anonymous; only the hash of the
     * receipt code is kept.
     */
    List<DisclosureEvent> make(UUID disclosureId, String summary, String concerns, List<String> implicated,
            Optional<String> sealedReporter, String receiptHash, Recipient routedTo) {
        if (made.isPresent()) {
            throw new RuleViolated("disclosure-already-made", "disclosure " + disclosureId + " was made already", CLAUSE);
        }
        return List.of(new DisclosureMade(disclosureId, summary.strip(), concerns.strip(), List.copyOf(implicated),
                sealedReporter, receiptHash, routedTo.role()));
    }

    /** The reporter adds to what they said, by their receipt code; a closed disclosure takes no more. */
    List<DisclosureEvent> addInformation(String information) {
        DisclosureMade disclosure = open();
        return List.of(new InformationAdded(disclosure.disclosureId(), information.strip()));
    }

    /** The recipient moves the disclosure on, with the reason. */
    List<DisclosureEvent> changeStatus(Status to, String rationale) {
        DisclosureMade disclosure = open();
        return List.of(new DisclosureStatusChanged(disclosure.disclosureId(), to, rationale.strip()));
    }

    private DisclosureMade open() {
        DisclosureMade disclosure = made.orElseThrow(() -> new IllegalStateException("no disclosure was made"));
        if (status == Status.CLOSED) {
            throw new RuleViolated("disclosure-closed", "disclosure " + disclosure.disclosureId() + " is closed: make a "
                    + "new disclosure for anything further", CLAUSE);
        }
        return disclosure;
    }
}
