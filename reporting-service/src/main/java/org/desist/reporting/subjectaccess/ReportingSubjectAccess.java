package org.desist.reporting.subjectaccess;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.subjectaccess.HeldRecord;
import org.desist.eventstore.subjectaccess.Redaction;
import org.desist.eventstore.subjectaccess.SubjectAccessPeriod;
import org.desist.eventstore.subjectaccess.SubjectAccessSource;
import org.desist.eventstore.subjectaccess.ThirdParties;
import org.desist.reporting.delivery.CourtDelivery;
import org.desist.reporting.report.PreSentenceReport;
import org.desist.reporting.report.ReportRecord;

/**
 * reporting-service's own part of a subject access request: the pre-sentence reports about the person — requests,
 * drafts, quality assurance, signed versions — and their deliveries to court, with authors and reviewers by role and
 * team.
 */
@ApplicationScoped
// Also asked in process, from the background gathering, where no request is active: its reads need one of their own.
@ActivateRequestContext
public class ReportingSubjectAccess implements SubjectAccessSource {

    private final EventStore store;
    private final Redaction redaction;

    ReportingSubjectAccess(EventStore store, Redaction redaction) {
        this.store = store;
        this.redaction = redaction;
    }

    @Override
    public boolean knows(String crn) {
        return ReportRecord.count("crn", crn) > 0 || store.currentVersion(CourtDelivery.stream(crn).id()) > 0;
    }

    @Override
    public List<HeldRecord> held(SubjectAccessPeriod period) {
        Stream<StoredEvent> reports = ReportRecord.<ReportRecord>list("crn", period.crn()).stream()
                .flatMap(report -> store.readStream(PreSentenceReport.stream(report.reportId).id()).stream());
        Stream<StoredEvent> deliveries = store.readStream(CourtDelivery.stream(period.crn()).id()).stream();
        return Stream.concat(reports, deliveries).filter(event -> period.contains(event.recordedAt()))
                .map(redaction::record).toList();
    }

    /** The defendants named in other reports are third parties to this person's; this person's own name stays. */
    @Override
    public ThirdParties thirdParties(String crn) {
        Set<String> others = new HashSet<>();
        Set<String> own = new HashSet<>();
        ReportRecord.getEntityManager().createQuery("SELECT r.crn, r.defendantName FROM ReportRecord r "
                + "WHERE r.defendantName IS NOT NULL", Object[].class).getResultList()
                .forEach(row -> (crn.equals(row[0]) ? own : others).add((String) row[1]));
        return new ThirdParties(others, Set.of(), own);
    }

    @Override
    public List<String> withheld() {
        return List.of("The facts reporting-service copies from case-service and risk-service to pre-fill reports are "
                + "answered for by those services, not repeated here; earlier subject access requests are not repeated.");
    }
}
