package org.desist.eventstore.access;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who asks to read a person's record, from their token: user name (the staff id on the staff register), name, realm
 * roles, and the claims that place them — {@code team} for staff, {@code agency} for a partner agency, {@code crn}
 * for the person on probation themself.
 */
public record Reader(String subject, Optional<String> name, Set<String> roles, Optional<String> team,
        Optional<String> agency, Optional<String> crn) {

    public static final String OFFICER = "probation-officer";
    public static final String SENIOR = "senior-probation-officer";
    public static final String COURT_LIAISON = "court-liaison";
    public static final String PARTNER = "partner-agency";
    public static final String PERSON_ON_PROBATION = "person-on-probation";
    public static final String AUDITOR = "auditor";

    public Reader {
        Objects.requireNonNull(subject, "subject");
        roles = Set.copyOf(roles);
    }

    public boolean is(String role) {
        return roles.contains(role);
    }

    /** The role the access log records: the most specific one held. */
    public String role() {
        for (String role : new String[] {SENIOR, OFFICER, COURT_LIAISON, PARTNER, PERSON_ON_PROBATION, AUDITOR}) {
            if (is(role)) {
                return role;
            }
        }
        return roles.stream().sorted().findFirst().orElse("none");
    }
}
