package org.desist.conduct.disclosure;

import java.util.List;
import java.util.Set;
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

    /** Who receives a disclosure: a designated role, each the route past the one before it when that one is implicated. */
    public enum Recipient {
        DISCLOSURE_OFFICER("disclosure-officer"),
        CHIEF_EXECUTIVE("chief-executive"),
        /** The route to the board's chair and an external oversight body. */
        BOARD_SECRETARY("board-secretary");

        private final String role;

        Recipient(String role) {
            this.role = role;
        }

        public String role() {
            return role;
        }

        /** The recipient a stored route names; routes stored before recipients were roles were for the disclosure officer. */
        static Recipient of(String routedTo) {
            for (Recipient recipient : values()) {
                if (recipient.role.equals(routedTo)) {
                    return recipient;
                }
            }
            return DISCLOSURE_OFFICER;
        }
    }

    /**
     * 002_d7d6c09e19b6ddeb.txt 8.6; 001 "escalate the report to a higher authority or an external oversight body": the
     * disclosure officer, unless they or the reporter's line of management up to them are implicated, then the chief
     * executive, unless the chief executive is implicated too, then the board secretary.
     */
    static Recipient route(Set<String> implicatedRoles, boolean reportersManagementImplicated) {
        if (implicatedRoles.contains(Recipient.CHIEF_EXECUTIVE.role())) {
            return Recipient.BOARD_SECRETARY;
        }
        if (implicatedRoles.contains(Recipient.DISCLOSURE_OFFICER.role()) || reportersManagementImplicated) {
            return Recipient.CHIEF_EXECUTIVE;
        }
        return Recipient.DISCLOSURE_OFFICER;
    }

    List<DisclosureEvent> changeStatus(UUID disclosureId, Status to, String rationale) {
        if (status == Status.CLOSED) {
            throw new RuleViolated("disclosure-closed", "disclosure " + disclosureId + " is closed", null);
        }
        return List.of(new DisclosureStatusChanged(disclosureId, to, rationale.strip()));
    }
}
