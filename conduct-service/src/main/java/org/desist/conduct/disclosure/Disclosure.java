package org.desist.conduct.disclosure;

import java.util.List;
import java.util.UUID;
import org.desist.conduct.disclosure.DisclosureEvent.DisclosureMade;
import org.desist.conduct.disclosure.DisclosureEvent.DisclosureStatusChanged;
import org.desist.conduct.disclosure.DisclosureEvent.InformationAdded;
import org.desist.conduct.disclosure.DisclosureEvent.Status;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.RuleViolated;

/** A protected disclosure's status as the disclosure officer moved it on; a closed one stays closed. */
public record Disclosure(Status status) {

    public static final Aggregate<Disclosure, DisclosureEvent> AGGREGATE =
            new Aggregate<>(DisclosureEvent.class, new Disclosure(Status.RECEIVED), Disclosure::evolve);

    static Disclosure evolve(Disclosure state, DisclosureEvent event) {
        return switch (event) {
            case DisclosureMade made -> state;
            case InformationAdded added -> state;
            case DisclosureStatusChanged changed -> new Disclosure(changed.status());
        };
    }

    List<DisclosureEvent> changeStatus(UUID disclosureId, Status to, String rationale) {
        if (status == Status.CLOSED) {
            throw new RuleViolated("disclosure-closed", "disclosure " + disclosureId + " is closed", null);
        }
        return List.of(new DisclosureStatusChanged(disclosureId, to, rationale.strip()));
    }
}
