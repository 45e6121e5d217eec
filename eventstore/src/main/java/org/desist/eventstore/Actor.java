package org.desist.eventstore;

import java.util.Objects;
import java.util.Optional;

/**
 * Who did it: every event carries its accountable actor (ARCHITECTURE.md, "Every event carries its
 * accountability"). {@code subject} is the user name; {@code id} the token's {@code sub}, stable when a user name
 * changes; {@code team} for staff, {@code agency} for partner agencies.
 */
public record Actor(String subject, String role, Optional<String> team, Optional<String> agency, Optional<String> id) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(role, "role");
        team = team == null ? Optional.empty() : team;
        agency = agency == null ? Optional.empty() : agency;
        id = id == null ? Optional.empty() : id;
    }

    /** An actor known by name only: the service itself, or an event recorded before the stable id was kept. */
    public Actor(String subject, String role, Optional<String> team, Optional<String> agency) {
        this(subject, role, team, agency, Optional.empty());
    }

    /** The service itself, acting on an event it consumed rather than on a person's request. */
    public static Actor system(String service) {
        return new Actor(service, "system", Optional.empty(), Optional.empty());
    }
}
