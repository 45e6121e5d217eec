package org.desist.conduct.disclosure;

import java.util.Set;

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

    /**
     * 002_d7d6c09e19b6ddeb.txt 8.6; 001 "escalate the report to a higher authority or an external oversight body": the
     * disclosure officer, unless they or the reporter's line of management up to them are implicated, then the chief
     * executive, unless the chief executive is implicated too, then the board secretary.
     */
    static Recipient route(Set<String> implicatedRoles, boolean reportersManagementImplicated) {
        if (implicatedRoles.contains(CHIEF_EXECUTIVE.role())) {
            return BOARD_SECRETARY;
        }
        if (implicatedRoles.contains(DISCLOSURE_OFFICER.role()) || reportersManagementImplicated) {
            return CHIEF_EXECUTIVE;
        }
        return DISCLOSURE_OFFICER;
    }
}
