package org.desist.cases.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.contact.ContactEvent.AppointmentCancelled;
import org.desist.cases.contact.ContactEvent.AppointmentRescheduled;
import org.desist.cases.contact.ContactEvent.AppointmentScheduled;
import org.desist.cases.contact.ContactEvent.ContactCorrected;
import org.desist.cases.contact.ContactEvent.ContactRecorded;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.RuleViolated;
import org.junit.jupiter.api.Test;

/** Given a person's contacts and appointments, when one is recorded, corrected, moved or answered for, then these events. */
class ContactLogDecisionsTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final Instant EARLIER = Instant.parse("2026-11-20T09:30:00Z");
    private static final Instant NEXT_WEEK = Instant.parse("2026-11-27T09:30:00Z");

    private static ContactLog given(ContactEvent... events) {
        return ContactLog.AGGREGATE.fold(List.of(events));
    }

    private static RecordContact contact(ContactOutcome outcome, String notes, boolean lone, Optional<String> why) {
        return new RecordContact(ContactType.HOME_VISIT, EARLIER, outcome, notes, lone, why, Optional.empty());
    }

    private static AppointmentScheduled appointment(Instant startsAt) {
        return new AppointmentScheduled(UUID.randomUUID(), ContactType.OFFICE_VISIT, startsAt,
                Optional.of(UUID.randomUUID()), Optional.empty());
    }

    private static ContactRecorded recorded(UUID id, ContactOutcome outcome) {
        return new ContactRecorded(id, ContactType.OFFICE_VISIT, EARLIER, outcome, "notes", false, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    // --- contacts

    @Test
    void aContactIsRecordedAsItTookPlace() {
        UUID id = UUID.randomUUID();

        assertThat(ContactLog.record(contact(ContactOutcome.ATTENDED_COMPLIED, "seen", false, Optional.empty()), id))
                .containsExactly(new ContactRecorded(id, ContactType.HOME_VISIT, EARLIER, ContactOutcome.ATTENDED_COMPLIED,
                        "seen", false, Optional.empty(), Optional.empty(), Optional.empty()));
    }

    @Test
    void aLoneContactSaysWhyStaffWereAlone_002_7_8() {
        UUID id = UUID.randomUUID();

        assertThatThrownBy(() -> ContactLog.record(contact(ContactOutcome.ATTENDED_COMPLIED, "seen", true,
                Optional.empty()), id)).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "loneContactReason");
        assertThat(ContactLog.record(contact(ContactOutcome.ATTENDED_COMPLIED, "seen", true,
                Optional.of("planned home visit")), id)).singleElement().isInstanceOfSatisfying(ContactRecorded.class,
                        r -> assertThat(r.loneContactReason()).contains("planned home visit"));
    }

    @Test
    void aReasonGivenForAContactThatWasNotLoneIsNotKept() {
        assertThat(ContactLog.record(contact(ContactOutcome.ATTENDED_COMPLIED, "seen", false, Optional.of("x")),
                UUID.randomUUID())).singleElement().isInstanceOfSatisfying(ContactRecorded.class,
                        r -> assertThat(r.loneContactReason()).isEmpty());
    }

    @Test
    void anAcceptableAbsenceNeedsItsReason() {
        assertThatThrownBy(() -> ContactLog.record(contact(ContactOutcome.ACCEPTABLE_ABSENCE, " ", false,
                Optional.empty()), UUID.randomUUID())).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "notes");
        assertThat(ContactLog.record(contact(ContactOutcome.ACCEPTABLE_ABSENCE, "medical certificate seen", false,
                Optional.empty()), UUID.randomUUID())).hasSize(1);
    }

    @Test
    void aGiftOfferedByThePersonGoesOnTheirContactLogAsDeclined_002_7_4() {
        UUID id = UUID.randomUUID();

        assertThat(ContactLog.giftOfferDeclined(id, "alex", "box of chocolates", new BigDecimal("12.50"), EARLIER))
                .singleElement().isInstanceOfSatisfying(ContactRecorded.class, r -> {
                    assertThat(r.contactId()).isEqualTo(id);
                    assertThat(r.outcome()).isEqualTo(ContactOutcome.NOT_APPLICABLE);
                    assertThat(r.notes()).contains("alex", "box of chocolates", "12.50", "declined");
                });
    }

    // --- corrections (000 8.6)

    @Test
    void aCorrectionReplacesOnlyTheFieldsItNamesAndSaysWhy_000_8_6() {
        UUID id = UUID.randomUUID();

        List<ContactEvent> events = given(recorded(id, ContactOutcome.FAILED_TO_ATTEND)).correct(id, new CorrectContact(
                "medical certificate received", Optional.empty(), Optional.empty(),
                Optional.of(ContactOutcome.ACCEPTABLE_ABSENCE), Optional.empty()));

        assertThat(events).containsExactly(new ContactCorrected(id, "medical certificate received",
                ContactType.OFFICE_VISIT, EARLIER, ContactOutcome.ACCEPTABLE_ABSENCE, "notes"));
        assertThat(given(recorded(id, ContactOutcome.FAILED_TO_ATTEND), events.getFirst()).contacts().get(id).outcome())
                .isEqualTo(ContactOutcome.ACCEPTABLE_ABSENCE);
    }

    @Test
    void onlyARecordedContactIsCorrected() {
        assertThatThrownBy(() -> given().correct(UUID.randomUUID(), new CorrectContact("x", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty()))).isInstanceOf(ContactNotFound.class);
    }

    @Test
    void aCorrectionToAnAcceptableAbsenceNeedsAReason() {
        UUID id = UUID.randomUUID();

        assertThatThrownBy(() -> given(recorded(id, ContactOutcome.FAILED_TO_ATTEND)).correct(id, new CorrectContact(" ",
                Optional.empty(), Optional.empty(), Optional.of(ContactOutcome.ACCEPTABLE_ABSENCE), Optional.empty())))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "reason");
    }

    // --- appointments

    @Test
    void anAppointmentIsScheduled() {
        UUID id = UUID.randomUUID();
        UUID sentence = UUID.randomUUID();

        assertThat(ContactLog.schedule(new ScheduleAppointment(ContactType.VIDEO, NEXT_WEEK, Optional.of(sentence),
                Optional.empty()), id)).containsExactly(new AppointmentScheduled(id, ContactType.VIDEO, NEXT_WEEK,
                        Optional.of(sentence), Optional.empty()));
    }

    @Test
    void theOutcomeOfAnAppointmentHeldIsRecordedAsAContactNamingIt() {
        AppointmentScheduled held = appointment(EARLIER);
        UUID contact = UUID.randomUUID();

        List<ContactEvent> events = given(held).recordOutcome(held.contactId(), new RecordOutcome(
                ContactOutcome.FAILED_TO_ATTEND, Optional.empty()), contact, NOW);

        assertThat(events).containsExactly(new ContactRecorded(contact, ContactType.OFFICE_VISIT, EARLIER,
                ContactOutcome.FAILED_TO_ATTEND, "", false, Optional.empty(), Optional.of(held.contactId()),
                Optional.empty()));
        assertThat(given(held, events.getFirst()).appointments().get(held.contactId()).outcome()).contains(contact);
    }

    @Test
    void aFailureToAttendCannotBeRecordedBeforeTheAppointmentsTime() {
        AppointmentScheduled future = appointment(NEXT_WEEK);

        assertThatThrownBy(() -> given(future).recordOutcome(future.contactId(), new RecordOutcome(
                ContactOutcome.FAILED_TO_ATTEND, Optional.empty()), UUID.randomUUID(), NOW))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "appointment-not-yet-held");
        assertThat(given(future).recordOutcome(future.contactId(), new RecordOutcome(ContactOutcome.ATTENDED_COMPLIED,
                Optional.empty()), UUID.randomUUID(), NEXT_WEEK)).hasSize(1);
    }

    @Test
    void anAppointmentRescheduledIntoThePastCanThenBeAnsweredFor() {
        AppointmentScheduled future = appointment(NEXT_WEEK);
        AppointmentRescheduled moved = new AppointmentRescheduled(future.contactId(), EARLIER, "brought forward");

        assertThat(given(future, moved).recordOutcome(future.contactId(), new RecordOutcome(
                ContactOutcome.UNACCEPTABLE_ABSENCE, Optional.of("no reason")), UUID.randomUUID(), NOW)).singleElement()
                .isInstanceOfSatisfying(ContactRecorded.class, r -> assertThat(r.occurredAt()).isEqualTo(EARLIER));
    }

    @Test
    void anAcceptableAbsenceFromAnAppointmentNeedsItsReason() {
        AppointmentScheduled held = appointment(EARLIER);

        assertThatThrownBy(() -> given(held).recordOutcome(held.contactId(), new RecordOutcome(
                ContactOutcome.ACCEPTABLE_ABSENCE, Optional.empty()), UUID.randomUUID(), NOW))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "notes");
    }

    @Test
    void anAppointmentHasOneOutcomeAfterWhichOnlyACorrectionChangesIt_000_8_6() {
        AppointmentScheduled held = appointment(EARLIER);
        ContactLog answered = given(held, given(held).recordOutcome(held.contactId(), new RecordOutcome(
                ContactOutcome.ATTENDED_COMPLIED, Optional.empty()), UUID.randomUUID(), NOW).getFirst());

        assertThatThrownBy(() -> answered.recordOutcome(held.contactId(), new RecordOutcome(
                ContactOutcome.FAILED_TO_ATTEND, Optional.empty()), UUID.randomUUID(), NOW))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "outcome-already-recorded");
        assertThatThrownBy(() -> answered.reschedule(held.contactId(), NEXT_WEEK, "x")).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "outcome-already-recorded");
        assertThatThrownBy(() -> answered.cancel(held.contactId(), "x")).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "outcome-already-recorded");
    }

    @Test
    void aCancelledAppointmentTakesNoOutcomeNorAnotherTime() {
        AppointmentScheduled future = appointment(NEXT_WEEK);

        assertThat(given(future).cancel(future.contactId(), "court date")).containsExactly(
                new AppointmentCancelled(future.contactId(), "court date"));
        ContactLog cancelled = given(future, new AppointmentCancelled(future.contactId(), "court date"));
        assertThatThrownBy(() -> cancelled.recordOutcome(future.contactId(), new RecordOutcome(
                ContactOutcome.FAILED_TO_ATTEND, Optional.empty()), UUID.randomUUID(), NEXT_WEEK))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "appointment-cancelled");
        assertThatThrownBy(() -> cancelled.reschedule(future.contactId(), NEXT_WEEK, "x"))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "appointment-cancelled");
    }

    @Test
    void anAppointmentIsRescheduledWithItsReason() {
        AppointmentScheduled future = appointment(NEXT_WEEK);

        assertThat(given(future).reschedule(future.contactId(), NEXT_WEEK.plusSeconds(3600), "clash"))
                .containsExactly(new AppointmentRescheduled(future.contactId(), NEXT_WEEK.plusSeconds(3600), "clash"));
        assertThatThrownBy(() -> given().reschedule(UUID.randomUUID(), NEXT_WEEK, "x"))
                .isInstanceOf(ContactNotFound.class);
    }
}
