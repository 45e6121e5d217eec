package org.desist.eventstore.access;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.eventstore.access.CaseAccess.Restriction;
import org.desist.eventstore.access.CaseAccess.Sharing;

/**
 * Reads case-service's events into the {@link CaseAccessRegister}, one translation for every service: case-service
 * feeds it its own log (a projection), the others the events they consume from its topic. Only the fields the
 * case-service topic publishes are read.
 */
@ApplicationScoped
public class CaseAccessFeed {

    public static final String ALLOCATED = "probation-case.case.allocated";
    public static final String REALLOCATED = "probation-case.case.reallocated";
    public static final String RESTRICTED = "probation-case.access.restricted";
    public static final String SHARED = "probation-case.sharing.agreed";
    public static final String SHARING_ENDED = "probation-case.sharing.ended";
    public static final String COURT_REQUESTED = "pre-sentence.report.requested";
    public static final Set<String> TYPES = Set.of(ALLOCATED, REALLOCATED, RESTRICTED, SHARED, SHARING_ENDED,
            COURT_REQUESTED);

    private final CaseAccessRegister register;

    CaseAccessFeed(CaseAccessRegister register) {
        this.register = register;
    }

    /** Applies the event to the case's access facts; answers false for a type that bears on no one's access. */
    public boolean apply(String type, String crn, JsonNode data) {
        switch (type) {
            case ALLOCATED, REALLOCATED -> register.allocated(crn, data.get("staffId").asText(), data.get("team").asText());
            case RESTRICTED -> register.restricted(crn, new Restriction(texts(data.get("excluded")),
                    texts(data.get("restrictedTo")), LocalDate.parse(data.get("from").asText()),
                    Optional.ofNullable(data.get("until")).filter(JsonNode::isTextual).map(u -> LocalDate.parse(u.asText())),
                    data.path("message").asText("")));
            case SHARED -> register.shared(crn, new Sharing(UUID.fromString(data.get("agreementId").asText()),
                    data.get("agency").asText(), texts(data.get("scope")), data.get("basis").asText(),
                    LocalDate.parse(data.get("expiresOn").asText()), false));
            case SHARING_ENDED -> register.sharingEnded(UUID.fromString(data.get("agreementId").asText()));
            case COURT_REQUESTED -> register.courtRequested(crn);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new HashSet<>();
        if (array != null) {
            array.forEach(item -> texts.add(item.asText()));
        }
        return texts;
    }
}
