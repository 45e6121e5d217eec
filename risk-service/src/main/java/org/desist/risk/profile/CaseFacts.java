package org.desist.risk.profile;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.desist.eventstore.consume.ReceivedEvent;
import org.jboss.logging.Logger;

/**
 * Keeps the facts risk-service needs from case-service's events: the person's registration (date of birth and sex
 * for OGRS3; ethnicity, from the restricted monitoring topic, for fairness monitoring) and each contact's outcome (failures to attend bear on reviews).
 */
@ApplicationScoped
public class CaseFacts {

    static final String PERSON_REGISTERED = "probation-case.person.registered";
    static final String CONTACT_RECORDED = "probation-case.contact.recorded";
    static final String CONTACT_CORRECTED = "probation-case.contact.corrected";
    static final String CRIMINAL_HISTORY_RECORDED = "probation-case.criminal-history.recorded";
    static final String SENTENCE_RECORDED = "probation-case.sentence.recorded";
    static final String RELEASE_SCHEDULED = "probation-case.licence-release.scheduled";
    static final String CONVICTION_RECORDED = "probation-case.conviction.recorded";
    static final String CASE_ALLOCATED = "probation-case.case.allocated";
    static final String CASE_REALLOCATED = "probation-case.case.reallocated";

    /** The facts kept here, by event type. */
    static final Set<String> KEPT = Set.of(PERSON_REGISTERED, CONTACT_RECORDED, CONTACT_CORRECTED,
            CRIMINAL_HISTORY_RECORDED, SENTENCE_RECORDED, RELEASE_SCHEDULED, CONVICTION_RECORDED, CASE_ALLOCATED,
            CASE_REALLOCATED);

    /** Facts OGRS3 or the tier is calculated from (sex, age, sanctions, offence, follow-up, mandate for change). */
    static final Set<String> BEARING_ON_SCORES_AND_TIER = Set.of(PERSON_REGISTERED, CRIMINAL_HISTORY_RECORDED,
            SENTENCE_RECORDED, RELEASE_SCHEDULED, CONVICTION_RECORDED);

    private static final Logger LOG = Logger.getLogger(CaseFacts.class);

    /** Applies one event in the caller's transaction; event types it has no use for are passed over. */
    public void apply(String crn, ReceivedEvent event) {
        switch (event.type()) {
            case PERSON_REGISTERED -> registered(crn, event);
            case CONTACT_RECORDED, CONTACT_CORRECTED -> contact(crn, event);
            case CRIMINAL_HISTORY_RECORDED -> {
                RiskProfileRecord profile = profile(crn, event);
                profile.previousSanctions = event.data().get("previousSanctions").asInt();
                profile.firstSanctionDate = date(event.data(), "firstSanctionDate");
                profile.laterConvictions = 0;
            }
            case SENTENCE_RECORDED -> {
                RiskProfileRecord profile = profile(crn, event);
                JsonNode data = event.data();
                profile.sentenceType = data.get("type").asText();
                profile.sentenceDate = date(data, "sentenceDate");
                profile.offenceCode = data.get("offences").get(0).get("offenceCode").asText();
                profile.releaseDate = null;
                profile.mandateForChange = mandateForChange(data);
            }
            case RELEASE_SCHEDULED -> profile(crn, event).releaseDate = date(event.data(), "releaseDate");
            case CONVICTION_RECORDED -> {
                profile(crn, event).laterConvictions++;
                ConvictionRecord conviction = new ConvictionRecord();
                conviction.id = event.causationId();
                conviction.crn = crn;
                conviction.convictionDate = date(event.data(), "convictionDate");
                conviction.persist();
            }
            case CASE_ALLOCATED, CASE_REALLOCATED ->
                    profile(crn, event).team = event.data().path("team").asText(null);
            default -> LOG.debugf("risk-service has no use for %s", event.type());
        }
    }

    private static void registered(String crn, ReceivedEvent event) {
        JsonNode data = event.data();
        RiskProfileRecord profile = profile(crn, event);
        profile.dateOfBirth = LocalDate.parse(data.get("dateOfBirth").asText());
        profile.sex = data.get("sex").asText();
        if (data.hasNonNull("ethnicity")) { // published on the shared topic before it moved to the restricted one
            ethnicity(crn, data.get("ethnicity").asText());
        }
        profile.registeredAt = event.time();
    }

    /**
     * The registration as the restricted monitoring topic carries it: ethnicity, which reaches no other consumer, kept
     * for fairness monitoring only, apart from the profile. It may come before or after the registration on the
     * shared topic; neither wipes the other.
     */
    public void monitored(String crn, ReceivedEvent event) {
        if (!PERSON_REGISTERED.equals(event.type())) {
            LOG.debugf("risk-service has no use for %s from the monitoring topic", event.type());
            return;
        }
        ethnicity(crn, event.data().hasNonNull("ethnicity") ? event.data().get("ethnicity").asText() : null);
    }

    private static void ethnicity(String crn, String ethnicity) {
        RiskProfileRecord.getEntityManager().createNativeQuery("INSERT INTO equality_monitoring (crn, ethnicity) "
                + "VALUES (?1, ?2) ON CONFLICT (crn) DO UPDATE SET ethnicity = excluded.ethnicity")
                .setParameter(1, crn).setParameter(2, ethnicity).executeUpdate();
    }

    private static void contact(String crn, ReceivedEvent event) {
        JsonNode data = event.data();
        profile(crn, event);
        UUID contactId = UUID.fromString(data.get("contactId").asText());
        ContactOutcomeRecord contact = ContactOutcomeRecord.findById(contactId);
        boolean first = contact == null;
        if (first) {
            contact = new ContactOutcomeRecord();
            contact.contactId = contactId;
            contact.crn = crn;
        }
        contact.occurredAt = Instant.parse(data.get("occurredAt").asText());
        contact.outcome = data.get("outcome").asText();
        if (first) {
            contact.persist();
        }
    }

    /**
     * TIER.md: there is no mandate for change when there is no custodial sentence and the order has only
     * restrictive or unpaid work requirements.
     */
    static boolean mandateForChange(JsonNode sentence) {
        if ("CUSTODY".equals(sentence.get("type").asText())) {
            return true;
        }
        Set<String> restrictive = Set.of("UNPAID_WORK", "CURFEW", "EXCLUSION", "RESIDENCE");
        for (JsonNode requirement : sentence.path("requirements")) {
            if (!restrictive.contains(requirement.get("type").asText())) {
                return true;
            }
        }
        return false;
    }

    private static LocalDate date(JsonNode data, String field) {
        return data.hasNonNull(field) ? LocalDate.parse(data.get(field).asText()) : null;
    }

    /** The person's profile, created on the first event about them, marked with the latest case version seen. */
    private static RiskProfileRecord profile(String crn, ReceivedEvent event) {
        RiskProfileRecord profile = RiskProfileRecord.findById(crn);
        boolean first = profile == null;
        if (first) {
            profile = new RiskProfileRecord();
            profile.crn = crn;
        }
        profile.lastEventAt = event.time();
        profile.caseVersion = Math.max(profile.caseVersion, event.streamVersion());
        if (first) {
            profile.persist();
        }
        return profile;
    }
}
