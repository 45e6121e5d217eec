package org.desist.conduct.staff;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.conduct.staff.StaffEvent.StaffMemberRegistered;
import org.desist.eventstore.Actor;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.WrongExpectedVersion;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jboss.logging.Logger;

/**
 * The staff register, kept in step with joiners, moves, reorganisations and leavers; on a local platform it starts
 * with the local Keycloak users (deploy/keycloak).
 */
@ApplicationScoped
public class StaffRegister {

    @ConfigMapping(prefix = "desist.staff")
    public interface StaffConfig {

        /** Registers the local realm's users as staff at start (local and test platforms only). */
        @WithDefault("false")
        boolean seedLocalUsers();
    }

    /** The local realm's staff: officer answers to senior in team N01 (shared ARCHITECTURE.md, local names). */
    static final List<StaffMemberRegistered> LOCAL_STAFF = List.of(
            staff("officer", "Local Officer", "probation-officer", "N01", "senior"),
            staff("senior", "Local Senior", "senior-probation-officer", "N01", "chief"),
            staff("court", "Local Court Liaison", "court-liaison", "N01", "senior"),
            staff("conduct", "Local Conduct Officer", "conduct-officer", "HQ", "chief"),
            staff("disclosure", "Local Disclosure Officer", "disclosure-officer", "HQ", "chief"),
            staff("chief", "Local Chief Executive", "chief-executive", "HQ", null),
            staff("board-secretary", "Local Board Secretary", "board-secretary", "HQ", "chief"),
            staff("auditor", "Local Auditor", "auditor", "HQ", "chief"));

    private static final Logger LOG = Logger.getLogger(StaffRegister.class);

    private final CommandHandler commands;
    private final StaffConfig config;

    StaffRegister(CommandHandler commands, StaffConfig config) {
        this.commands = commands;
        this.config = config;
    }

    void seed(@Observes StartupEvent startup) {
        if (!config.seedLocalUsers()) {
            return;
        }
        for (StaffMemberRegistered member : LOCAL_STAFF) {
            if (commands.load(member.staffId(), StaffMember.AGGREGATE).exists()) {
                continue;
            }
            try {
                commands.create(StaffMember.stream(member.staffId()), StaffMember.AGGREGATE, s -> List.of(member),
                        CommandMetadata.by(Actor.system("conduct-service")));
            } catch (WrongExpectedVersion registeredMeanwhile) {
                LOG.debugf("%s was registered by another instance", member.staffId());
            }
        }
    }

    /** Staff ids as the realm names its users. */
    static final String STAFF_ID = "[a-z0-9][a-z0-9._-]{0,99}";
    static final String STAFF_ID_MESSAGE = "must be a staff id as the realm names users: lower-case letters, digits, . _ -";
    static final String TEAM = "[A-Za-z0-9][A-Za-z0-9 ._-]{0,99}";
    static final String TEAM_MESSAGE = "must be a team's code: letters, digits, spaces, . _ -";

    /** One member's move: a new team, a new line manager, or both (what is absent stays as it is). */
    @Schema(example = "{\"staffId\": \"officer\", \"team\": \"N02\", \"lineManager\": \"court\"}")
    public record Move(@NotBlank @Pattern(regexp = STAFF_ID, message = STAFF_ID_MESSAGE) String staffId,
            Optional<@Pattern(regexp = TEAM, message = TEAM_MESSAGE) String> team,
            Optional<@Pattern(regexp = STAFF_ID, message = STAFF_ID_MESSAGE) String> lineManager) {

        public Move {
            team = team == null ? Optional.empty() : team;
            lineManager = lineManager == null ? Optional.empty() : lineManager;
        }
    }

    /** The new member's record version. */
    public long join(StaffMemberRegistered member, CommandMetadata metadata) {
        if (StaffRecord.findById(member.staffId()) != null) {
            throw new RuleViolated("already-on-register", member.staffId() + " is already on the staff register", null);
        }
        member.lineManager().ifPresent(this::current);
        return commands.create(StaffMember.stream(member.staffId()), StaffMember.AGGREGATE, s -> List.of(member),
                metadata).version();
    }

    /**
     * Moves every member named, each move an event in that member's stream carrying the reorganisation's id, all in
     * one transaction: a move that breaks a rule leaves everyone where they were.
     */
    @Transactional
    public UUID reorganise(List<Move> moves, String reason, CommandMetadata metadata) {
        UUID id = UuidV7.next();
        move(moves, ExpectedVersion.any(), Optional.of(id), reason, metadata);
        return id;
    }

    /** The member's record version after the move; {@code expected} is the version the caller last saw (If-Match). */
    @Transactional
    public long move(Move move, ExpectedVersion expected, String reason, CommandMetadata metadata) {
        return move(List.of(move), expected, Optional.empty(), reason, metadata);
    }

    /** The leaver's record version after they leave. */
    @Transactional
    public long leave(String staffId, ExpectedVersion expected, LocalDate leftOn, String reason, CommandMetadata metadata) {
        member(staffId);
        // Declarations, gifts and disclosures go to a line manager (002_d7d6c09e19b6ddeb.txt 7.4-7.7, 8.6): nobody
        // may be left answering to a leaver.
        List<String> reports = StaffRecord.<StaffRecord>list("lineManager = ?1 and leftOn is null order by staffId",
                staffId).stream().map(r -> r.staffId).toList();
        if (!reports.isEmpty()) {
            throw new RuleViolated("still-line-manages", staffId + " still line-manages " + String.join(", ", reports)
                    + ": move them to another line manager first", null);
        }
        return commands.update(StaffMember.stream(staffId), expected, StaffMember.AGGREGATE,
                m -> m.leave(staffId, leftOn, reason), metadata).version();
    }

    /** The last moved member's record version; {@code expected} applies to each moved member's record. */
    private long move(List<Move> moves, ExpectedVersion expected, Optional<UUID> reorganisationId, String reason,
            CommandMetadata metadata) {
        Map<String, String> managers = new HashMap<>();
        for (StaffRecord row : StaffRecord.<StaffRecord>list("leftOn is null")) {
            if (row.lineManager != null) {
                managers.put(row.staffId, row.lineManager);
            }
        }
        for (Move move : moves) {
            member(move.staffId());
            move.lineManager().ifPresent(manager -> {
                current(manager);
                managers.put(move.staffId(), manager);
            });
        }
        for (Move move : moves) {
            noCycle(move.staffId(), managers);
        }
        long version = 0;
        for (Move move : moves) {
            version = commands.update(StaffMember.stream(move.staffId()), expected, StaffMember.AGGREGATE,
                    m -> m.move(move.staffId(), move.team(), move.lineManager(), reorganisationId, reason), metadata)
                    .version();
        }
        return version;
    }

    /** A line manager is someone on the register who has not left. */
    private void current(String staffId) {
        if (member(staffId).leftOn != null) {
            throw new RuleViolated("line-manager-left", staffId + " has left and can be nobody's line manager", null);
        }
    }

    /** Nobody may end up answering, however indirectly, to themselves: the line of management must reach its top. */
    static void noCycle(String staffId, Map<String, String> managers) {
        Set<String> seen = new LinkedHashSet<>();
        for (String manager = managers.get(staffId); manager != null && seen.add(manager); manager = managers.get(manager)) {
            if (manager.equals(staffId)) {
                throw new RuleViolated("line-management-cycle", staffId + " would answer, through " + String.join(" and ",
                        seen) + ", to themselves", null);
            }
        }
    }

    public StaffRecord member(String staffId) {
        return Optional.ofNullable(StaffRecord.<StaffRecord>findById(staffId))
                .orElseThrow(() -> new NotFound("no member of staff " + staffId + " is on the register"));
    }

    public List<StaffRecord> all() {
        return StaffRecord.listAll();
    }

    private static StaffMemberRegistered staff(String id, String name, String role, String team, String manager) {
        return new StaffMemberRegistered(id, name, role, Optional.ofNullable(team), Optional.ofNullable(manager));
    }
}
