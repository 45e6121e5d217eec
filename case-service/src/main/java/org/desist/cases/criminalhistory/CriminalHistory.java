package org.desist.cases.criminalhistory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.desist.cases.criminalhistory.CriminalHistoryEvent.ConvictionRecorded;
import org.desist.cases.criminalhistory.CriminalHistoryEvent.CriminalHistoryRecorded;
import org.desist.cases.criminalhistory.CriminalHistoryEvent.PreviousOffence;
import org.desist.cases.person.Person;
import org.desist.eventstore.command.Aggregate;
import org.desist.eventstore.http.InvalidField;
import org.desist.reference.Offence;
import org.desist.reference.OffenceCodes;

/** A person's criminal history: the last police record check and the convictions recorded since. */
public record CriminalHistory(Optional<CriminalHistoryRecorded> policeRecord, List<ConvictionRecorded> convictions) {

    public static final Aggregate<CriminalHistory, CriminalHistoryEvent> AGGREGATE = new Aggregate<>(
            CriminalHistoryEvent.class, new CriminalHistory(Optional.empty(), List.of()), CriminalHistory::evolve);

    static CriminalHistory evolve(CriminalHistory state, CriminalHistoryEvent event) {
        return switch (event) {
            case CriminalHistoryRecorded recorded -> new CriminalHistory(Optional.of(recorded), state.convictions());
            case ConvictionRecorded conviction -> {
                List<ConvictionRecorded> convictions = new ArrayList<>(state.convictions());
                convictions.add(conviction);
                yield new CriminalHistory(state.policeRecord(), List.copyOf(convictions));
            }
        };
    }

    static List<CriminalHistoryEvent> record(RecordCriminalHistory command, OffenceCodes codes, Person person) {
        if (command.previousSanctions() > 0 && command.firstSanctionDate().isEmpty()) {
            throw new InvalidField("firstSanctionDate", "required when there are previous sanctions",
                    "give the date of the first sanction on the police record", null);
        }
        command.firstSanctionDate().ifPresent(date -> person.bornBy(date, "firstSanctionDate"));
        List<RecordCriminalHistory.Offence> offences = command.previousOffences().orElse(List.of());
        List<PreviousOffence> previous = new ArrayList<>();
        for (int i = 0; i < offences.size(); i++) {
            RecordCriminalHistory.Offence offence = offences.get(i);
            String at = "previousOffences[" + i + "]";
            Offence known = known(codes, offence.offenceCode(), at + ".offenceCode");
            person.bornBy(offence.offenceDate(), at + ".offenceDate");
            if (offence.convictionDate().isBefore(offence.offenceDate())) {
                throw new InvalidField(at + ".convictionDate", "on or after the offence date",
                        "a conviction cannot precede its offence", null);
            }
            previous.add(new PreviousOffence(known.code(), offence.offenceDate(), offence.convictionDate(),
                    known.category()));
        }
        return List.of(new CriminalHistoryRecorded(command.previousSanctions(), command.firstSanctionDate(),
                List.copyOf(previous), command.source().orElse("Police National Computer")));
    }

    static List<CriminalHistoryEvent> convict(RecordConviction command, UUID convictionId, OffenceCodes codes,
            Person person) {
        Offence known = known(codes, command.offenceCode(), "offenceCode");
        person.bornBy(command.offenceDate(), "offenceDate");
        if (command.convictionDate().isBefore(command.offenceDate())) {
            throw new InvalidField("convictionDate", "on or after the offence date",
                    "a conviction cannot precede its offence", null);
        }
        return List.of(new ConvictionRecorded(convictionId, known.code(), command.offenceDate(), command.convictionDate(),
                command.court().strip(), known.category()));
    }

    private static Offence known(OffenceCodes codes, String code, String field) {
        return codes.find(code).orElseThrow(() -> new InvalidField(field, "a code of the Home Office offence code table",
                code + " is not in the Home Office offence code table", null));
    }

    /** Sanctions on record: the police record's and the convictions recorded since. */
    public int totalSanctions() {
        return policeRecord.map(CriminalHistoryRecorded::previousSanctions).orElse(0) + convictions.size();
    }

    public Optional<LocalDate> firstSanctionDate() {
        return policeRecord.flatMap(CriminalHistoryRecorded::firstSanctionDate)
                .or(() -> convictions.stream().map(ConvictionRecorded::convictionDate).min(LocalDate::compareTo));
    }
}
