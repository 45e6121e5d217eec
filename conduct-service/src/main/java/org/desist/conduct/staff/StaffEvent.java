package org.desist.conduct.staff;

import java.util.Optional;
import org.desist.eventstore.command.EventType;

/** The staff register: who works here, in which role and team, and to whom they answer. */
public sealed interface StaffEvent {

    @EventType("conduct.staff-member.registered")
    record StaffMemberRegistered(String staffId, String name, String role, Optional<String> team,
            Optional<String> lineManager) implements StaffEvent {

        public StaffMemberRegistered {
            team = team == null ? Optional.empty() : team;
            lineManager = lineManager == null ? Optional.empty() : lineManager;
        }
    }
}
