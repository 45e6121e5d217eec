package org.desist.conduct.disclosure;

import java.util.List;
import java.util.Set;

/**
 * Who may know that a disclosure exists: the recipient it was routed to, unless it names them as implicated (001:
 * escalation past anyone implicated). To anyone else it is answered as if it did not exist.
 */
final class DisclosureAccess {

    /** The caller as access needs them: their user name and realm roles. */
    record Caller(String subject, Set<String> roles) {
    }

    private DisclosureAccess() {
    }

    static boolean mayKnow(String routedTo, List<String> implicated, Caller caller) {
        return caller.roles().contains(Recipient.of(routedTo).role()) && !implicated.contains(caller.subject());
    }
}
