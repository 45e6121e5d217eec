package org.desist.conduct.staff;

import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.desist.conduct.staff.StaffEvent.StaffMemberRegistered;
import org.desist.eventstore.Actor;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.WrongExpectedVersion;
import org.desist.eventstore.command.CommandHandler;
import org.desist.eventstore.http.NotFound;
import org.jboss.logging.Logger;

/** The staff register; on a local platform it starts with the local Keycloak users (deploy/keycloak). */
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
