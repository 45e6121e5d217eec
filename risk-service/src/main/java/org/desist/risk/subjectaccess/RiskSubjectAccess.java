package org.desist.risk.subjectaccess;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.subjectaccess.HeldRecord;
import org.desist.eventstore.subjectaccess.Redaction;
import org.desist.eventstore.subjectaccess.SubjectAccessPeriod;
import org.desist.eventstore.subjectaccess.SubjectAccessSource;
import org.desist.risk.ogrs3.Ogrs3Scoring;
import org.desist.risk.profile.RiskProfileRecord;

/**
 * risk-service's part of a subject access request: the person's risk stream — assessments of risk of serious harm
 * with their rationales, scores with their inputs, tiers, overrides, registrations and reviews — with assessors by role
 * and team. The facts copied from case-service's events (the risk profile) are case-service's to answer for.
 */
@ApplicationScoped
public class RiskSubjectAccess implements SubjectAccessSource {

    private final EventStore store;
    private final Redaction redaction;

    RiskSubjectAccess(EventStore store, Redaction redaction) {
        this.store = store;
        this.redaction = redaction;
    }

    @Override
    public boolean knows(String crn) {
        return store.currentVersion(Ogrs3Scoring.stream(crn).id()) > 0 || RiskProfileRecord.findById(crn) != null;
    }

    @Override
    public List<HeldRecord> held(SubjectAccessPeriod period) {
        return store.readStream(Ogrs3Scoring.stream(period.crn()).id()).stream()
                .filter(event -> period.contains(event.recordedAt())).map(redaction::record).toList();
    }

    @Override
    public List<String> withheld() {
        return List.of("The facts risk-service copies from your case record (convictions, contacts) are answered for "
                + "by case-service, not repeated here.");
    }
}
