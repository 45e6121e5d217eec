package org.desist.cases.criminalhistory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.criminalhistory.CriminalHistoryEvent.ConvictionRecorded;
import org.desist.cases.criminalhistory.CriminalHistoryEvent.CriminalHistoryRecorded;
import org.desist.cases.person.Person;
import org.desist.eventstore.http.InvalidField;
import org.desist.reference.OffenceCodes;
import org.junit.jupiter.api.Test;

/** Given a person's criminal history, when the police record or a new conviction arrives, then these events. */
class CriminalHistoryDecisionsTest {

    private static final OffenceCodes CODES = OffenceCodes.table();
    private static final Person BORN_1990 = new Person(Optional.of(LocalDate.of(1990, 5, 1)));
    private static final String MURDER = "00101";

    private static CriminalHistory given(CriminalHistoryEvent... events) {
        return CriminalHistory.AGGREGATE.fold(List.of(events));
    }

    private static RecordCriminalHistory policeRecord(int sanctions, Optional<LocalDate> first,
            List<RecordCriminalHistory.Offence> offences) {
        return new RecordCriminalHistory(sanctions, first, Optional.of(offences), Optional.empty());
    }

    private static RecordConviction conviction(String code, LocalDate offence, LocalDate convicted) {
        return new RecordConviction(code, offence, convicted, " Leeds Crown Court ");
    }

    @Test
    void thePoliceRecordIsRecordedWithItsOffencesAsTheTableDescribesThem() {
        List<CriminalHistoryEvent> events = CriminalHistory.record(policeRecord(3, Optional.of(LocalDate.of(2008, 5, 1)),
                List.of(new RecordCriminalHistory.Offence(MURDER, LocalDate.of(2008, 3, 1), LocalDate.of(2008, 5, 1)))),
                CODES, BORN_1990);

        assertThat(events).singleElement().isInstanceOfSatisfying(CriminalHistoryRecorded.class, r -> {
            assertThat(r.previousSanctions()).isEqualTo(3);
            assertThat(r.source()).isEqualTo("Police National Computer");
            assertThat(r.previousOffences()).singleElement().satisfies(o -> assertThat(o.category()).isEqualTo("Murder"));
        });
    }

    @Test
    void previousSanctionsNeedTheDateOfTheFirst() {
        assertThatThrownBy(() -> CriminalHistory.record(policeRecord(2, Optional.empty(), List.of()), CODES, BORN_1990))
                .isInstanceOf(InvalidField.class).hasFieldOrPropertyWithValue("field", "firstSanctionDate");
        assertThat(CriminalHistory.record(policeRecord(0, Optional.empty(), List.of()), CODES, BORN_1990)).hasSize(1);
    }

    @Test
    void noSanctionOrOffenceIsDatedBeforeThePersonWasBorn() {
        assertThatThrownBy(() -> CriminalHistory.record(policeRecord(1, Optional.of(LocalDate.of(1989, 1, 1)),
                List.of()), CODES, BORN_1990)).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "firstSanctionDate");
        assertThatThrownBy(() -> CriminalHistory.record(policeRecord(1, Optional.of(LocalDate.of(2008, 5, 1)),
                List.of(new RecordCriminalHistory.Offence(MURDER, LocalDate.of(1989, 1, 1), LocalDate.of(2008, 5, 1)))),
                CODES, BORN_1990)).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "previousOffences[0].offenceDate");
        assertThatThrownBy(() -> CriminalHistory.convict(conviction(MURDER, LocalDate.of(1989, 1, 1),
                LocalDate.of(2026, 7, 1)), UUID.randomUUID(), CODES, BORN_1990)).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "offenceDate");
    }

    @Test
    void aConvictionCannotPrecedeItsOffence() {
        assertThatThrownBy(() -> CriminalHistory.record(policeRecord(1, Optional.of(LocalDate.of(2008, 5, 1)),
                List.of(new RecordCriminalHistory.Offence(MURDER, LocalDate.of(2008, 3, 1), LocalDate.of(2008, 2, 1)))),
                CODES, BORN_1990)).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "previousOffences[0].convictionDate");
        assertThatThrownBy(() -> CriminalHistory.convict(conviction(MURDER, LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 5, 1)), UUID.randomUUID(), CODES, BORN_1990)).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "convictionDate");
    }

    @Test
    void anOffenceCodeNotInTheHomeOfficeTableIsRefused() {
        assertThatThrownBy(() -> CriminalHistory.convict(conviction("99999", LocalDate.of(2026, 6, 1),
                LocalDate.of(2026, 7, 1)), UUID.randomUUID(), CODES, BORN_1990)).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "offenceCode");
        assertThatThrownBy(() -> CriminalHistory.record(policeRecord(1, Optional.of(LocalDate.of(2008, 5, 1)),
                List.of(new RecordCriminalHistory.Offence("99999", LocalDate.of(2008, 3, 1), LocalDate.of(2008, 5, 1)))),
                CODES, BORN_1990)).isInstanceOf(InvalidField.class)
                .hasFieldOrPropertyWithValue("field", "previousOffences[0].offenceCode");
    }

    @Test
    void sanctionsOnRecordAreThePoliceRecordsAndTheConvictionsSinceAndALaterCheckReplacesTheFigures() {
        UUID id = UUID.randomUUID();
        ConvictionRecorded since = (ConvictionRecorded) CriminalHistory.convict(conviction(MURDER,
                LocalDate.of(2026, 6, 1), LocalDate.of(2026, 7, 1)), id, CODES, BORN_1990).getFirst();
        CriminalHistoryRecorded first = new CriminalHistoryRecorded(3, Optional.of(LocalDate.of(2008, 5, 1)), List.of(),
                "PNC");
        CriminalHistoryRecorded recheck = new CriminalHistoryRecorded(4, Optional.of(LocalDate.of(2007, 1, 1)), List.of(),
                "PNC");

        assertThat(since.convictionId()).isEqualTo(id);
        assertThat(since.court()).isEqualTo("Leeds Crown Court");
        assertThat(given(first, since).totalSanctions()).isEqualTo(4);
        assertThat(given(first, since, recheck).totalSanctions()).isEqualTo(5);
        assertThat(given(first, since, recheck).firstSanctionDate()).contains(LocalDate.of(2007, 1, 1));
        assertThat(given(since).firstSanctionDate()).contains(LocalDate.of(2026, 7, 1));
    }
}
