package org.desist.cases.partner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.desist.cases.partner.PartnerEvent.PartnerAgencyRegistered;
import org.desist.eventstore.StreamId;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.RuleViolated;

/** The partner agencies registered, by id: a case is shared only with one of them. */
public record PartnerAgencies(Map<String, PartnerAgencyRegistered> agencies) {

    public static final StreamId STREAM = StreamId.of("partner-agencies", "partner-agencies");
    public static final Aggregate<PartnerAgencies, PartnerEvent> AGGREGATE =
            new Aggregate<>(PartnerEvent.class, new PartnerAgencies(Map.of()), PartnerAgencies::evolve);

    static PartnerAgencies evolve(PartnerAgencies state, PartnerEvent event) {
        return switch (event) {
            case PartnerAgencyRegistered registered -> {
                Map<String, PartnerAgencyRegistered> agencies = new LinkedHashMap<>(state.agencies());
                agencies.put(registered.agencyId(), registered);
                yield new PartnerAgencies(Map.copyOf(agencies));
            }
        };
    }

    public boolean registered(String agencyId) {
        return agencies.containsKey(agencyId);
    }

    public List<PartnerEvent> register(String agencyId, String name, AgencyKind kind) {
        if (registered(agencyId)) {
            throw new RuleViolated("agency-already-registered", "agency " + agencyId + " is already registered as "
                    + agencies.get(agencyId).name(), null);
        }
        return List.of(new PartnerAgencyRegistered(agencyId, name.strip(), kind));
    }
}
