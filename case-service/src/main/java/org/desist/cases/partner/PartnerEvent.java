package org.desist.cases.partner;

import org.desist.eventstore.command.EventType;

/** The register of partner agencies cases may be shared with (000 4.2). */
public sealed interface PartnerEvent {

    @EventType("probation-case.partner-agency.registered")
    record PartnerAgencyRegistered(String agencyId, String name, AgencyKind kind) implements PartnerEvent {
    }
}
