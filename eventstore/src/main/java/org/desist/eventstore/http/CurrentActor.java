package org.desist.eventstore.http;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.List;
import java.util.Optional;
import org.desist.eventstore.Actor;
import org.desist.eventstore.CommandMetadata;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The person behind the current request, from their Keycloak token, as the log records them. */
@RequestScoped
public class CurrentActor {

    /** The realm roles of ARCHITECTURE.md, most specific first: an actor is recorded under the first they hold. */
    private static final List<String> ROLES = List.of("senior-probation-officer", "probation-officer",
            "court-liaison", "partner-agency", "conduct-officer", "disclosure-officer", "chief-executive",
            "board-secretary", "board-member", "auditor", "operator", "person-on-probation");

    private final SecurityIdentity identity;
    private final JsonWebToken token;

    CurrentActor(SecurityIdentity identity, JsonWebToken token) {
        this.identity = identity;
        this.token = token;
    }

    public Actor actor() {
        String subject = Optional.ofNullable(token.<String>getClaim("preferred_username"))
                .orElse(identity.getPrincipal().getName());
        String role = ROLES.stream().filter(identity::hasRole).findFirst().orElse("unknown");
        return new Actor(subject, role, claim("team"), claim("agency"), Optional.ofNullable(token.getSubject()));
    }

    public CommandMetadata metadata() {
        return CommandMetadata.by(actor());
    }

    private Optional<String> claim(String name) {
        Object value = token.getClaim(name);
        return value == null ? Optional.empty() : Optional.of(value.toString().replace("\"", ""));
    }
}
