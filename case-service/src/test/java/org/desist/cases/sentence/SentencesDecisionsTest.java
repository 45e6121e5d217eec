package org.desist.cases.sentence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.person.Person;
import org.desist.cases.sentence.SentenceEvent.LicenceRecalled;
import org.desist.cases.sentence.SentenceEvent.OrderRequirement;
import org.desist.cases.sentence.SentenceEvent.OrderTerminated;
import org.desist.cases.sentence.SentenceEvent.ReleaseOnLicenceScheduled;
import org.desist.cases.sentence.SentenceEvent.RequirementAdded;
import org.desist.cases.sentence.SentenceEvent.RequirementCompleted;
import org.desist.cases.sentence.SentenceEvent.SentenceRecorded;
import org.desist.cases.sentence.SentenceEvent.UnpaidWorkLogged;
import org.desist.eventstore.http.InvalidField;
import org.desist.eventstore.http.RuleViolated;
import org.desist.reference.OffenceCodes;
import org.junit.jupiter.api.Test;

/** Given a person's sentence events, when the court's outcome or a change to an order arrives, then these events. */
class SentencesDecisionsTest {

    private static final OffenceCodes CODES = OffenceCodes.table();
    private static final Person BORN_1990 = new Person(Optional.of(LocalDate.of(1990, 5, 1)));
    private static final LocalDate SENTENCED = LocalDate.of(2026, 3, 2);
    private static final String MURDER = "00101";

    private static Sentences given(SentenceEvent... events) {
        return Sentences.AGGREGATE.fold(List.of(events));
    }

    private static RecordSentence sentence(SentenceType type, int months, List<RecordSentence.Requirement> requirements) {
        return new RecordSentence(type, SENTENCED, " Cardiff Magistrates Court ", months,
                List.of(new RecordSentence.Offence(MURDER, LocalDate.of(2026, 1, 10))), Optional.of(requirements));
    }

    private static RecordSentence.Requirement requirement(RequirementType type, Optional<Integer> hours,
            Optional<Integer> days, Optional<Boolean> monitored, Optional<String> zone) {
        return new RecordSentence.Requirement(type, hours, days, Optional.empty(), monitored, zone, Optional.empty());
    }

    private static RecordSentence.Requirement unpaidWork(int hours) {
        return requirement(RequirementType.UNPAID_WORK, Optional.of(hours), Optional.empty(), Optional.empty(),
                Optional.empty());
    }

    private static SentenceRecorded recorded(SentenceType type, int months, List<OrderRequirement> requirements) {
        return new SentenceRecorded(UUID.randomUUID(), type, SENTENCED, "court", months, SENTENCED.plusMonths(months),
                List.of(), requirements);
    }

    private static OrderRequirement orderRequirement(RequirementType type, Optional<Integer> hours) {
        return new OrderRequirement(UUID.randomUUID(), type, hours, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private static List<SentenceEvent> record(RecordSentence command) {
        return Sentences.record(command, UUID.randomUUID(), CODES, BORN_1990);
    }

    // --- recording a sentence

    @Test
    void aCommunityOrderIsRecordedWithItsOffencesAsTheTableDescribesThemAndEndsAfterItsLength() {
        UUID id = UUID.randomUUID();

        List<SentenceEvent> events = Sentences.record(sentence(SentenceType.COMMUNITY_ORDER, 18,
                List.of(unpaidWork(120))), id, CODES, BORN_1990);

        assertThat(events).singleElement().isInstanceOfSatisfying(SentenceRecorded.class, r -> {
            assertThat(r.sentenceId()).isEqualTo(id);
            assertThat(r.court()).isEqualTo("Cardiff Magistrates Court");
            assertThat(r.expectedEndDate()).isEqualTo(LocalDate.of(2027, 9, 2));
            assertThat(r.offences()).singleElement().satisfies(o -> {
                assertThat(o.offenceCode()).isEqualTo(MURDER);
                assertThat(o.group()).isEqualTo("Violence against the person");
                assertThat(o.violent()).isTrue();
            });
            assertThat(r.requirements()).singleElement().satisfies(q -> assertThat(q.hours()).contains(120));
        });
    }

    @Test
    void anOffenceCodeNotInTheHomeOfficeTableIsRefused() {
        RecordSentence command = new RecordSentence(SentenceType.COMMUNITY_ORDER, SENTENCED, "court", 12,
                List.of(new RecordSentence.Offence("99999", LocalDate.of(2026, 1, 10))), Optional.empty());

        assertThatThrownBy(() -> record(command)).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "offences[0].offenceCode");
    }

    @Test
    void anOffenceDatedBeforeThePersonWasBornIsRefused() {
        RecordSentence command = new RecordSentence(SentenceType.COMMUNITY_ORDER, SENTENCED, "court", 12,
                List.of(new RecordSentence.Offence(MURDER, LocalDate.of(1989, 1, 1))), Optional.empty());

        assertThatThrownBy(() -> record(command)).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "offences[0].offenceDate")
                .hasMessageContaining("before the person was born");
    }

    @Test
    void anOffenceDatedAfterTheSentenceIsRefused() {
        RecordSentence command = new RecordSentence(SentenceType.COMMUNITY_ORDER, SENTENCED, "court", 12,
                List.of(new RecordSentence.Offence(MURDER, SENTENCED.plusDays(1))), Optional.empty());

        assertThatThrownBy(() -> record(command)).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "offences[0].offenceDate");
    }

    @Test
    void aCommunityOrderEndsWithinThreeYears_SentencingAct_s209() {
        assertThat(record(sentence(SentenceType.COMMUNITY_ORDER, 36, List.of()))).hasSize(1);
        assertThatThrownBy(() -> record(sentence(SentenceType.COMMUNITY_ORDER, 37, List.of())))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "lengthMonths");
    }

    @Test
    void aSuspendedSentenceOrderRunsSixToTwentyFourMonths_SentencingAct_s288() {
        assertThat(record(sentence(SentenceType.SUSPENDED_SENTENCE_ORDER, 6, List.of()))).hasSize(1);
        assertThat(record(sentence(SentenceType.SUSPENDED_SENTENCE_ORDER, 24, List.of()))).hasSize(1);
        assertThatThrownBy(() -> record(sentence(SentenceType.SUSPENDED_SENTENCE_ORDER, 5, List.of())))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "lengthMonths");
        assertThatThrownBy(() -> record(sentence(SentenceType.SUSPENDED_SENTENCE_ORDER, 25, List.of())))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "lengthMonths");
    }

    @Test
    void custodyHasNoOrderRequirements() {
        assertThat(record(sentence(SentenceType.CUSTODY, 120, List.of()))).hasSize(1);
        assertThatThrownBy(() -> record(sentence(SentenceType.CUSTODY, 24, List.of(unpaidWork(100)))))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "requirements");
    }

    @Test
    void unpaidWorkIsOrderedForFortyToThreeHundredHours_SentencingAct_Sch9() {
        assertThatThrownBy(() -> record(sentence(SentenceType.COMMUNITY_ORDER, 12, List.of(unpaidWork(39)))))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "requirements[0].hours");
        assertThatThrownBy(() -> record(sentence(SentenceType.COMMUNITY_ORDER, 12, List.of(requirement(
                RequirementType.UNPAID_WORK, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())))))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "requirements[0].hours");
        assertThat(record(sentence(SentenceType.COMMUNITY_ORDER, 12, List.of(unpaidWork(40))))).hasSize(1);
        assertThat(record(sentence(SentenceType.COMMUNITY_ORDER, 12, List.of(unpaidWork(300))))).hasSize(1);
    }

    @Test
    void aRehabilitationActivityRequirementNeedsItsDays() {
        assertThatThrownBy(() -> record(sentence(SentenceType.COMMUNITY_ORDER, 12, List.of(unpaidWork(100), requirement(
                RequirementType.REHABILITATION_ACTIVITY, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()))))).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "requirements[1].days");
    }

    @Test
    void aCurfewNeedsTwoToTwentyHoursADayAndWhetherItIsElectronicallyMonitored_SentencingAct_Sch9() {
        assertThatThrownBy(() -> record(sentence(SentenceType.COMMUNITY_ORDER, 12, List.of(requirement(
                RequirementType.CURFEW, Optional.empty(), Optional.empty(), Optional.of(true), Optional.empty())))))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "requirements[0].hours");
        assertThatThrownBy(() -> record(sentence(SentenceType.COMMUNITY_ORDER, 12, List.of(requirement(
                RequirementType.CURFEW, Optional.of(21), Optional.empty(), Optional.of(true), Optional.empty())))))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "requirements[0].hours");
        assertThatThrownBy(() -> record(sentence(SentenceType.COMMUNITY_ORDER, 12, List.of(requirement(
                RequirementType.CURFEW, Optional.of(12), Optional.empty(), Optional.empty(), Optional.empty())))))
                .isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "requirements[0].electronicMonitoring");
        assertThat(record(sentence(SentenceType.COMMUNITY_ORDER, 12, List.of(requirement(RequirementType.CURFEW,
                Optional.of(12), Optional.empty(), Optional.of(false), Optional.empty()))))).hasSize(1);
    }

    @Test
    void anExclusionRequirementNamesItsZone_SentencingAct_Sch9() {
        assertThatThrownBy(() -> record(sentence(SentenceType.COMMUNITY_ORDER, 12, List.of(requirement(
                RequirementType.EXCLUSION, Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(" "))))))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "requirements[0].address");
        assertThat(record(sentence(SentenceType.COMMUNITY_ORDER, 12, List.of(requirement(RequirementType.EXCLUSION,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("Queen Street, Cardiff")))))).hasSize(1);
    }

    // --- requirements

    @Test
    void aRequirementIsCompletedOnce() {
        OrderRequirement rar = orderRequirement(RequirementType.REHABILITATION_ACTIVITY, Optional.empty());
        SentenceRecorded order = recorded(SentenceType.COMMUNITY_ORDER, 12, List.of(rar));
        LocalDate on = SENTENCED.plusMonths(6);

        List<SentenceEvent> events = given(order).completeRequirement(order.sentenceId(), rar.requirementId(), on);

        assertThat(events).containsExactly(new RequirementCompleted(order.sentenceId(), rar.requirementId(), on));
        assertThatThrownBy(() -> given(order, events.getFirst()).completeRequirement(order.sentenceId(),
                rar.requirementId(), on)).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "requirement-already-completed");
    }

    @Test
    void aRequirementNotPartOfTheSentenceIsNotFound() {
        SentenceRecorded order = recorded(SentenceType.COMMUNITY_ORDER, 12, List.of());

        assertThatThrownBy(() -> given(order).completeRequirement(order.sentenceId(), UUID.randomUUID(), SENTENCED))
                .isInstanceOf(SentenceNotFound.class);
        assertThatThrownBy(() -> given().completeRequirement(UUID.randomUUID(), UUID.randomUUID(), SENTENCED))
                .isInstanceOf(SentenceNotFound.class);
    }

    @Test
    void aCourtAddsARequirementToAnOrderButNotToCustodyNorASecondUnpaidWork() {
        SentenceRecorded order = recorded(SentenceType.COMMUNITY_ORDER, 12,
                List.of(orderRequirement(RequirementType.UNPAID_WORK, Optional.of(100))));
        SentenceRecorded custody = recorded(SentenceType.CUSTODY, 24, List.of());
        Sentences state = given(order, custody);
        RecordSentence.Requirement curfew = requirement(RequirementType.CURFEW, Optional.of(8), Optional.empty(),
                Optional.of(true), Optional.empty());

        assertThat(state.addRequirement(order.sentenceId(), curfew)).singleElement()
                .isInstanceOfSatisfying(RequirementAdded.class, a -> assertThat(a.requirement().type())
                        .isEqualTo(RequirementType.CURFEW));
        assertThatThrownBy(() -> state.addRequirement(custody.sentenceId(), curfew)).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "not-an-order");
        assertThatThrownBy(() -> state.addRequirement(order.sentenceId(), unpaidWork(50)))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "unpaid-work-already-ordered");
    }

    @Test
    void anOrderIsRecordedWithOneUnpaidWorkRequirementAtMost() {
        assertThatThrownBy(() -> record(sentence(SentenceType.COMMUNITY_ORDER, 12, List.of(unpaidWork(100),
                unpaidWork(60))))).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "requirements[1].type");
    }

    @Test
    void anAddedRequirementIsCheckedAsOneRecordedWithTheSentence() {
        SentenceRecorded order = recorded(SentenceType.COMMUNITY_ORDER, 12, List.of());

        assertThatThrownBy(() -> given(order).addRequirement(order.sentenceId(), requirement(RequirementType.EXCLUSION,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "address");
    }

    // --- unpaid work

    @Test
    void unpaidWorkIsLoggedUntilTheHoursOrderedAreDoneWhichCompletesTheRequirement() {
        OrderRequirement work = orderRequirement(RequirementType.UNPAID_WORK, Optional.of(40));
        SentenceRecorded order = recorded(SentenceType.COMMUNITY_ORDER, 12, List.of(work));
        LocalDate day = SENTENCED.plusDays(7);
        UnpaidWorkLogged earlier = new UnpaidWorkLogged(order.sentenceId(), work.requirementId(), day,
                new BigDecimal("32.5"), "garden");

        List<SentenceEvent> events = given(order, earlier).logUnpaidWork(order.sentenceId(),
                new LogUnpaidWork(day.plusDays(1), new BigDecimal("7.5"), " community garden "));

        assertThat(events).containsExactly(
                new UnpaidWorkLogged(order.sentenceId(), work.requirementId(), day.plusDays(1), new BigDecimal("7.5"),
                        "community garden"),
                new RequirementCompleted(order.sentenceId(), work.requirementId(), day.plusDays(1)));
    }

    @Test
    void moreUnpaidWorkThanRemainsIsRefused() {
        OrderRequirement work = orderRequirement(RequirementType.UNPAID_WORK, Optional.of(40));
        SentenceRecorded order = recorded(SentenceType.COMMUNITY_ORDER, 12, List.of(work));
        UnpaidWorkLogged earlier = new UnpaidWorkLogged(order.sentenceId(), work.requirementId(), SENTENCED,
                new BigDecimal("35"), "garden");

        assertThatThrownBy(() -> given(order, earlier).logUnpaidWork(order.sentenceId(),
                new LogUnpaidWork(SENTENCED.plusDays(1), new BigDecimal("5.25"), "garden")))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "more-hours-than-ordered");
    }

    @Test
    void unpaidWorkIsLoggedOnlyOnAnOrderWithItAndFromTheSentenceDate() {
        SentenceRecorded withWork = recorded(SentenceType.COMMUNITY_ORDER, 12,
                List.of(orderRequirement(RequirementType.UNPAID_WORK, Optional.of(40))));
        SentenceRecorded without = recorded(SentenceType.COMMUNITY_ORDER, 12, List.of());
        Sentences state = given(withWork, without);

        assertThatThrownBy(() -> state.logUnpaidWork(withWork.sentenceId(),
                new LogUnpaidWork(SENTENCED.minusDays(1), BigDecimal.ONE, "garden")))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "workedOn");
        assertThatThrownBy(() -> state.logUnpaidWork(without.sentenceId(),
                new LogUnpaidWork(SENTENCED, BigDecimal.ONE, "garden"))).isInstanceOf(SentenceNotFound.class);
    }

    // --- release on licence and recall

    @Test
    void onlyCustodyIsReleasedOnLicenceWhichRunsFromRelease() {
        SentenceRecorded custody = recorded(SentenceType.CUSTODY, 24, List.of());
        SentenceRecorded order = recorded(SentenceType.COMMUNITY_ORDER, 12, List.of());
        Sentences state = given(custody, order);
        LocalDate release = SENTENCED.plusMonths(12);

        assertThat(state.scheduleRelease(custody.sentenceId(), new ScheduleRelease(release, List.of("no contact"),
                release.plusMonths(12)))).containsExactly(new ReleaseOnLicenceScheduled(custody.sentenceId(), release,
                        List.of("no contact"), release.plusMonths(12)));
        assertThatThrownBy(() -> state.scheduleRelease(order.sentenceId(), new ScheduleRelease(release, List.of(),
                release.plusMonths(1)))).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "not-a-custodial-sentence");
        assertThatThrownBy(() -> state.scheduleRelease(custody.sentenceId(), new ScheduleRelease(
                SENTENCED.minusDays(1), List.of(), release))).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "releaseDate");
        assertThatThrownBy(() -> state.scheduleRelease(custody.sentenceId(), new ScheduleRelease(release, List.of(),
                release))).isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "licenceEndDate");
    }

    @Test
    void aRecallFollowsAReleaseOnLicence_000_8_5() {
        SentenceRecorded custody = recorded(SentenceType.CUSTODY, 24, List.of());
        LocalDate release = SENTENCED.plusMonths(12);
        ReleaseOnLicenceScheduled licence = new ReleaseOnLicenceScheduled(custody.sentenceId(), release, List.of(),
                release.plusMonths(12));

        assertThatThrownBy(() -> given(custody).recall(custody.sentenceId(), release, "x"))
                .isInstanceOf(RuleViolated.class).hasFieldOrPropertyWithValue("rule", "not-on-licence");
        assertThatThrownBy(() -> given(custody, licence).recall(custody.sentenceId(), release.minusDays(1), "x"))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "recalledOn");
        assertThat(given(custody, licence).recall(custody.sentenceId(), release.plusDays(30), " breached curfew "))
                .containsExactly(new LicenceRecalled(custody.sentenceId(), release.plusDays(30), "breached curfew"));
    }

    // --- termination

    @Test
    void anOrderEndsNoEarlierThanItWasMadeAndThenTakesNoMoreChanges() {
        OrderRequirement work = orderRequirement(RequirementType.UNPAID_WORK, Optional.of(40));
        SentenceRecorded order = recorded(SentenceType.COMMUNITY_ORDER, 12, List.of(work));
        TerminateOrder early = new TerminateOrder(TerminationReason.COMPLETED, SENTENCED.minusDays(1), "x");
        TerminateOrder ended = new TerminateOrder(TerminationReason.COMPLETED, SENTENCED.plusMonths(6), "done");

        assertThatThrownBy(() -> given(order).terminate(order.sentenceId(), early)).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "terminatedOn");
        List<SentenceEvent> events = given(order).terminate(order.sentenceId(), ended);
        assertThat(events).containsExactly(new OrderTerminated(order.sentenceId(), ended.reason(), ended.terminatedOn(),
                "done"));

        Sentences terminated = given(order, events.getFirst());
        assertThatThrownBy(() -> terminated.logUnpaidWork(order.sentenceId(), new LogUnpaidWork(SENTENCED.plusDays(1),
                BigDecimal.ONE, "garden"))).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "order-terminated");
        assertThatThrownBy(() -> terminated.terminate(order.sentenceId(), ended)).isInstanceOf(RuleViolated.class)
                .hasFieldOrPropertyWithValue("rule", "order-terminated");
    }

    // --- which order or licence was in force

    @Test
    void anOrderIsInForceFromSentenceToEndOrTerminationAndCustodyOnlyWhileOnLicence() {
        SentenceRecorded order = recorded(SentenceType.COMMUNITY_ORDER, 12, List.of());
        SentenceRecorded custody = recorded(SentenceType.CUSTODY, 24, List.of());
        LocalDate release = SENTENCED.plusMonths(6);
        Sentences state = given(order, custody, new ReleaseOnLicenceScheduled(custody.sentenceId(), release, List.of(),
                release.plusMonths(18)), new OrderTerminated(order.sentenceId(), TerminationReason.COMPLETED,
                        SENTENCED.plusMonths(3), "x"));

        assertThat(state.inForceOn(SENTENCED.minusDays(1), Optional.empty())).isEmpty();
        assertThat(state.inForceOn(SENTENCED.plusMonths(1), Optional.of(custody.sentenceId())))
                .contains(order.sentenceId());
        assertThat(state.inForceOn(SENTENCED.plusMonths(4), Optional.empty())).isEmpty();
        assertThat(state.inForceOn(release, Optional.of(order.sentenceId()))).contains(custody.sentenceId());
        assertThat(state.inForceOn(release.plusMonths(18).plusDays(1), Optional.empty())).isEmpty();
    }

    @Test
    void theNamedOrderIsChosenWhenInForceElseTheMostRecent() {
        SentenceRecorded older = recorded(SentenceType.COMMUNITY_ORDER, 24, List.of());
        SentenceRecorded newer = new SentenceRecorded(UUID.randomUUID(), SentenceType.COMMUNITY_ORDER,
                SENTENCED.plusMonths(1), "court", 12, SENTENCED.plusMonths(13), List.of(), List.of());
        Sentences state = given(older, newer);
        LocalDate day = SENTENCED.plusMonths(2);

        assertThat(state.inForceOn(day, Optional.of(older.sentenceId()))).contains(older.sentenceId());
        assertThat(state.inForceOn(day, Optional.empty())).contains(newer.sentenceId());
    }
}
