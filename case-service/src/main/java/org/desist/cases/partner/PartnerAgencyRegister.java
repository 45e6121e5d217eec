package org.desist.cases.partner;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import org.desist.eventstore.Actor;
import org.desist.eventstore.CommandMetadata;
import org.desist.eventstore.command.CommandHandler;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Whether an agency is registered, for sharing agreements; and the agencies a deployment starts with
 * ({@code desist.partner-agencies.initial}: {@code id|name|KIND}, e.g. the local realm's police-1 and housing-1),
 * registered once, by the service, at start-up.
 */
@ApplicationScoped
public class PartnerAgencyRegister {

    static final String AGENCY_ID = "[a-z0-9-]{1,60}";
    private static final Logger LOG = Logger.getLogger(PartnerAgencyRegister.class);

    private final CommandHandler commands;
    private final List<String> initial;

    PartnerAgencyRegister(CommandHandler commands,
            @ConfigProperty(name = "desist.partner-agencies.initial") java.util.Optional<List<String>> initial) {
        this.commands = commands;
        this.initial = initial.orElse(List.of());
    }

    public boolean registered(String agencyId) {
        return commands.load(PartnerAgencies.STREAM.id(), PartnerAgencies.AGGREGATE).state().registered(agencyId);
    }

    void registerInitial(@Observes StartupEvent started) {
        for (String entry : initial) {
            String[] parts = entry.split("\\|");
            if (parts.length != 3 || registered(parts[0])) {
                continue;
            }
            try {
                commands.startOrUpdate(PartnerAgencies.STREAM, PartnerAgencies.AGGREGATE,
                        agencies -> agencies.registered(parts[0]) ? List.of()
                                : agencies.register(parts[0], parts[1], AgencyKind.valueOf(parts[2])),
                        CommandMetadata.by(Actor.system("case-service")));
            } catch (RuntimeException e) {
                LOG.warnf("partner agency %s was not registered at start-up (%s): register it with POST /partner-agencies",
                        parts[0], e.getMessage());
            }
        }
    }
}
