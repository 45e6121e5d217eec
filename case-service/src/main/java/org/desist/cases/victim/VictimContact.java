package org.desist.cases.victim;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.victim.VictimEvent.ConcernActioned;
import org.desist.cases.victim.VictimEvent.ConcernRecorded;
import org.desist.cases.victim.VictimEvent.NotificationDue;
import org.desist.cases.victim.VictimEvent.NotificationKind;
import org.desist.cases.victim.VictimEvent.NotificationSent;
import org.desist.cases.victim.VictimEvent.RepeatVictimisationRiskRecorded;
import org.desist.cases.victim.VictimEvent.RestorativeJusticeConsentRecorded;
import org.desist.cases.victim.VictimEvent.RestorativeJusticeReferralMade;
import org.desist.cases.victim.VictimEvent.RestorativeJusticeReferralRefused;
import org.desist.cases.victim.VictimEvent.SafetyCheckRecorded;
import org.desist.cases.victim.VictimEvent.VictimRegistered;
import org.desist.eventstore.UuidV7;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.NotFound;
import org.desist.eventstore.http.RuleViolated;

/** The victims connected with a person's case, what they are owed, and restorative justice. */
public record VictimContact(Map<UUID, Victim> victims, Map<UUID, Notification> notifications, Map<UUID, Concern> concerns) {

    public record Victim(UUID victimId, String name, String contactDetails, boolean optedIntoContactScheme,
            Optional<Boolean> restorativeJusticeConsent, Optional<Boolean> safe, boolean repeatVictimisationRisk,
            List<UUID> restorativeJusticeReferrals) {
    }

    public record Notification(UUID notificationId, UUID victimId, NotificationKind kind, LocalDate dueBy, String about,
            Optional<LocalDate> sentOn) {
    }

    public record Concern(UUID concernId, UUID victimId, String concern, Optional<String> action) {
    }

    public static final Aggregate<VictimContact, VictimEvent> AGGREGATE = new Aggregate<>(VictimEvent.class,
            new VictimContact(Map.of(), Map.of(), Map.of()), VictimContact::evolve);

    static VictimContact evolve(VictimContact state, VictimEvent event) {
        Map<UUID, Victim> victims = new LinkedHashMap<>(state.victims());
        Map<UUID, Notification> notifications = new LinkedHashMap<>(state.notifications());
        Map<UUID, Concern> concerns = new LinkedHashMap<>(state.concerns());
        switch (event) {
            case VictimRegistered r -> victims.put(r.victimId(), new Victim(r.victimId(), r.name(), r.contactDetails(),
                    r.optedIntoContactScheme(), Optional.empty(), Optional.empty(), false, List.of()));
            case NotificationDue d -> notifications.put(d.notificationId(), new Notification(d.notificationId(),
                    d.victimId(), d.kind(), d.dueBy(), d.about(), Optional.empty()));
            case NotificationSent s -> notifications.computeIfPresent(s.notificationId(), (id, n) -> new Notification(
                    n.notificationId(), n.victimId(), n.kind(), n.dueBy(), n.about(), Optional.of(s.sentOn())));
            case ConcernRecorded c -> concerns.put(c.concernId(), new Concern(c.concernId(), c.victimId(), c.concern(),
                    Optional.empty()));
            case ConcernActioned a -> concerns.computeIfPresent(a.concernId(),
                    (id, c) -> new Concern(c.concernId(), c.victimId(), c.concern(), Optional.of(a.action())));
            case RestorativeJusticeConsentRecorded c -> victims.computeIfPresent(c.victimId(), (id, v) -> new Victim(
                    v.victimId(), v.name(), v.contactDetails(), v.optedIntoContactScheme(), Optional.of(c.consents()),
                    v.safe(), v.repeatVictimisationRisk(), v.restorativeJusticeReferrals()));
            case SafetyCheckRecorded s -> victims.computeIfPresent(s.victimId(), (id, v) -> new Victim(v.victimId(),
                    v.name(), v.contactDetails(), v.optedIntoContactScheme(), v.restorativeJusticeConsent(),
                    Optional.of(s.safe()), v.repeatVictimisationRisk(), v.restorativeJusticeReferrals()));
            case RepeatVictimisationRiskRecorded r -> victims.computeIfPresent(r.victimId(), (id, v) -> new Victim(
                    v.victimId(), v.name(), v.contactDetails(), v.optedIntoContactScheme(), v.restorativeJusticeConsent(),
                    v.safe(), r.present(), v.restorativeJusticeReferrals()));
            case RestorativeJusticeReferralMade m -> victims.computeIfPresent(m.victimId(), (id, v) -> {
                List<UUID> referrals = new java.util.ArrayList<>(v.restorativeJusticeReferrals());
                referrals.add(m.referralId());
                return new Victim(v.victimId(), v.name(), v.contactDetails(), v.optedIntoContactScheme(),
                        v.restorativeJusticeConsent(), v.safe(), v.repeatVictimisationRisk(), List.copyOf(referrals));
            });
            case RestorativeJusticeReferralRefused refused -> {
                // the refusal is on record; the victim's position is unchanged
            }
        }
        return new VictimContact(java.util.Collections.unmodifiableMap(victims),
                java.util.Collections.unmodifiableMap(notifications), java.util.Collections.unmodifiableMap(concerns));
    }

    Victim victim(UUID victimId) {
        return Optional.ofNullable(victims.get(victimId))
                .orElseThrow(() -> new NotFound("no victim " + victimId + " is connected with this case"));
    }

    /** A release is coming: each victim in the contact scheme is owed the date and the licence conditions. */
    List<VictimEvent> releaseScheduled(LocalDate releaseDate, String licenceConditions) {
        List<VictimEvent> due = new java.util.ArrayList<>();
        for (Victim victim : victims.values()) {
            if (victim.optedIntoContactScheme()) {
                due.add(new NotificationDue(UuidV7.next(), victim.victimId(), NotificationKind.RELEASE_DATE,
                        releaseDate.minusDays(14), "release on " + releaseDate));
                due.add(new NotificationDue(UuidV7.next(), victim.victimId(), NotificationKind.LICENCE_CONDITIONS,
                        releaseDate.minusDays(14), licenceConditions));
            }
        }
        return List.copyOf(due);
    }

    List<VictimEvent> notificationSent(UUID notificationId, LocalDate sentOn) {
        Notification notification = Optional.ofNullable(notifications.get(notificationId))
                .orElseThrow(() -> new NotFound("no notification " + notificationId + " is due on this case"));
        if (notification.sentOn().isPresent()) {
            throw new RuleViolated("notification-already-sent", "notification " + notificationId + " was sent on "
                    + notification.sentOn().get(), null);
        }
        return List.of(new NotificationSent(notificationId, sentOn));
    }

    List<VictimEvent> actionConcern(UUID concernId, String action) {
        Concern concern = Optional.ofNullable(concerns.get(concernId))
                .orElseThrow(() -> new NotFound("no concern " + concernId + " is recorded on this case"));
        if (concern.action().isPresent()) {
            throw new RuleViolated("concern-already-actioned", "concern " + concernId + " was already acted on", null);
        }
        return List.of(new ConcernActioned(concernId, action.strip()));
    }

    /**
     * 000_c72660e7df92b92e.txt 5.2, 5.3: restorative justice only with the victim's recorded consent and a safety
     * check, and never while a risk of repeat victimisation is recorded. A refusal is itself recorded.
     */
    List<VictimEvent> referForRestorativeJustice(UUID victimId, UUID referralId) {
        Victim victim = victim(victimId);
        if (victim.repeatVictimisationRisk()) {
            return refuse(victimId, "repeat-victimisation-risk", "a risk of repeat victimisation is recorded");
        }
        if (!victim.restorativeJusticeConsent().orElse(false)) {
            return refuse(victimId, "victim-consent-required", "the victim's consent to restorative justice is not recorded");
        }
        if (!victim.safe().orElse(false)) {
            return refuse(victimId, "safety-check-required", "no safety check has found restorative justice safe");
        }
        return List.of(new RestorativeJusticeReferralMade(referralId, victimId));
    }

    private static List<VictimEvent> refuse(UUID victimId, String rule, String reason) {
        return List.of(new RestorativeJusticeReferralRefused(victimId, rule, reason));
    }
}
