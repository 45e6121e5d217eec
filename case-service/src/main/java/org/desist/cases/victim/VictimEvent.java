package org.desist.cases.victim;

import java.time.LocalDate;
import java.util.UUID;
import org.desist.eventstore.command.EventType;
import org.desist.eventstore.command.Judgement;

/**
 * Victim contact work (003: victims are told of release dates and licence conditions, and their concerns are acted
 * on) and restorative justice (000_c72660e7df92b92e.txt 5.2, 5.3). Kept in a stream of its own, apart from the
 * person's record, and never shown to the person on probation or to partner agencies.
 */
public sealed interface VictimEvent {

    @EventType("victim-contact.victim.registered")
    record VictimRegistered(UUID victimId, String name, String contactDetails, boolean optedIntoContactScheme)
            implements VictimEvent {
    }

    @EventType("victim-contact.notification.due")
    record NotificationDue(UUID notificationId, UUID victimId, NotificationKind kind, LocalDate dueBy, String about)
            implements VictimEvent {
    }

    @EventType("victim-contact.notification.sent")
    record NotificationSent(UUID notificationId, LocalDate sentOn) implements VictimEvent {
    }

    @EventType("victim-contact.concern.recorded")
    record ConcernRecorded(UUID concernId, UUID victimId, String concern) implements VictimEvent {
    }

    @EventType("victim-contact.concern.actioned")
    record ConcernActioned(UUID concernId, String action) implements VictimEvent, Judgement {

        @Override
        public String rationale() {
            return action;
        }
    }

    /** The victim's own decision about restorative justice, recorded as they gave it. */
    @EventType("victim-contact.rj-consent.recorded")
    record RestorativeJusticeConsentRecorded(UUID victimId, boolean consents) implements VictimEvent {
    }

    @EventType("victim-contact.safety-check.recorded")
    record SafetyCheckRecorded(UUID victimId, boolean safe, String notes) implements VictimEvent, Judgement {

        @Override
        public String rationale() {
            return notes;
        }
    }

    @EventType("victim-contact.repeat-victimisation-risk.recorded")
    record RepeatVictimisationRiskRecorded(UUID victimId, boolean present, String notes) implements VictimEvent, Judgement {

        @Override
        public String rationale() {
            return notes;
        }
    }

    @EventType("restorative-justice.referral.made")
    record RestorativeJusticeReferralMade(UUID referralId, UUID victimId) implements VictimEvent {
    }

    @EventType("restorative-justice.referral.refused")
    record RestorativeJusticeReferralRefused(UUID victimId, String rule, String reason) implements VictimEvent {
    }

    enum NotificationKind {
        RELEASE_DATE,
        LICENCE_CONDITIONS
    }
}
