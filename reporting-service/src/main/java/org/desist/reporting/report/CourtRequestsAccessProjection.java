package org.desist.reporting.report;

import jakarta.enterprise.context.ApplicationScoped;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.access.CaseAccessRegister;
import org.desist.eventstore.projection.Projection;
import org.desist.reporting.report.ReportEvent.DefendantMatched;
import org.desist.reporting.report.ReportEvent.ReportRequested;

/**
 * Tells need-to-know which people a court has asked for a report on: court liaison may open those cases (issue 13:
 * "court liaison, the cases with a court request or report"), here as in every service that learns of it.
 */
@ApplicationScoped
public class CourtRequestsAccessProjection implements Projection<ReportEvent> {

    private final CaseAccessRegister register;

    CourtRequestsAccessProjection(CaseAccessRegister register) {
        this.register = register;
    }

    @Override
    public String name() {
        return "court-requests-access";
    }

    @Override
    public Class<ReportEvent> family() {
        return ReportEvent.class;
    }

    @Override
    public void apply(StoredEvent stored, ReportEvent event) {
        switch (event) {
            case ReportRequested requested -> requested.crn().ifPresent(register::courtRequested);
            case DefendantMatched matched -> register.courtRequested(matched.crn());
            default -> {
                // the rest of a report's life does not change who may open the case
            }
        }
    }

    @Override
    public void reset() {
        register.resetCourtRequests();
    }
}
