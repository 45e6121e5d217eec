package org.desist.conduct.staff;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.desist.eventstore.command.EventType;
import org.desist.eventstore.command.Judgement;

/**
 * The staff register: who works here, in which role and team, and to whom they answer — kept in step with
 * reorganisations, each change an event of its own in the member's stream.
 */
public sealed interface StaffEvent {

    @EventType("conduct.staff-member.registered")
    record StaffMemberRegistered(String staffId, String name, String role, Optional<String> team,
            Optional<String> lineManager) implements StaffEvent {

        public StaffMemberRegistered {
            team = team == null ? Optional.empty() : team;
            lineManager = lineManager == null ? Optional.empty() : lineManager;
        }
    }

    /**
     * A member moved to another team and/or line manager, alone or as one of a reorganisation's moves (those share
     * {@code reorganisationId}); {@code team} and {@code lineManager} are where they are now.
     */
    @EventType("conduct.staff-member.moved")
    record StaffMemberMoved(String staffId, Optional<String> team, Optional<String> lineManager,
            Optional<String> previousTeam, Optional<String> previousLineManager, Optional<UUID> reorganisationId,
            String reason) implements StaffEvent, Judgement {

        public StaffMemberMoved {
            team = team == null ? Optional.empty() : team;
            lineManager = lineManager == null ? Optional.empty() : lineManager;
            previousTeam = previousTeam == null ? Optional.empty() : previousTeam;
            previousLineManager = previousLineManager == null ? Optional.empty() : previousLineManager;
            reorganisationId = reorganisationId == null ? Optional.empty() : reorganisationId;
        }

        @Override
        public String rationale() {
            return reason;
        }
    }

    /** A member left; their entries stay on the register, and nobody may answer to them any more. */
    @EventType("conduct.staff-member.left")
    record StaffMemberLeft(String staffId, LocalDate leftOn, String reason) implements StaffEvent {
    }
}
