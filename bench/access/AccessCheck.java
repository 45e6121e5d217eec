import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.desist.eventstore.access.Access;
import org.desist.eventstore.access.AccessRules;
import org.desist.eventstore.access.CaseAccess;
import org.desist.eventstore.access.Part;
import org.desist.eventstore.access.Reader;

/**
 * How long one need-to-know decision takes in-process (AccessRules.decide), over a mix of readers and cases: an
 * officer on their own, their team's and another team's case, a partner on a shared case with three agreements, and
 * a restricted case. Run by bench/access.
 */
public class AccessCheck {

    public static void main(String[] args) {
        long rounds = args.length > 0 ? Long.parseLong(args[0]) : 20_000_000L;
        LocalDate today = LocalDate.of(2026, 11, 30);
        Reader officer = new Reader("officer", Optional.empty(), Set.of(Reader.OFFICER), Optional.of("N01"),
                Optional.empty(), Optional.empty());
        Reader partner = new Reader("partner-police", Optional.empty(), Set.of(Reader.PARTNER), Optional.empty(),
                Optional.of("police-1"), Optional.empty());
        List<CaseAccess.Sharing> agreements = new ArrayList<>();
        for (String agency : List.of("housing-1", "health-2", "police-1")) {
            agreements.add(new CaseAccess.Sharing(UUID.randomUUID(), agency, Set.of("APPOINTMENTS", "RISK_SUMMARY"),
                    "CONSENT", today.plusDays(30), false));
        }
        CaseAccess own = new CaseAccess("X1", Optional.of("officer"), Optional.of("N01"), Optional.empty(), false, List.of());
        CaseAccess team = new CaseAccess("X2", Optional.of("someone"), Optional.of("N01"), Optional.empty(), false, List.of());
        CaseAccess other = new CaseAccess("X3", Optional.of("someone"), Optional.of("N02"), Optional.empty(), false, List.of());
        CaseAccess shared = new CaseAccess("X4", Optional.of("someone"), Optional.of("N02"), Optional.empty(), false, agreements);
        CaseAccess restricted = new CaseAccess("X5", Optional.of("someone"), Optional.of("N01"), Optional.of(
                new CaseAccess.Restriction(Set.of("officer"), Set.of(), today.minusDays(1), Optional.empty(), "ask")),
                false, List.of());
        Reader[] readers = {officer, officer, officer, partner, officer};
        CaseAccess[] cases = {own, team, other, shared, restricted};
        Part[] parts = {Part.RECORD, Part.CONTACTS, Part.RECORD, Part.APPOINTMENTS, Part.RECORD};
        Optional<String> none = Optional.empty();
        long granted = 0;
        for (int warm = 0; warm < 2_000_000; warm++) {
            int i = warm % 5;
            granted += AccessRules.decide(readers[i], cases[i], parts[i], none, today) instanceof Access.Granted ? 1 : 0;
        }
        long started = System.nanoTime();
        for (long n = 0; n < rounds; n++) {
            int i = (int) (n % 5);
            granted += AccessRules.decide(readers[i], cases[i], parts[i], none, today) instanceof Access.Granted ? 1 : 0;
        }
        double nanos = (System.nanoTime() - started) / (double) rounds;
        System.out.printf(Locale.ROOT, "need-to-know decision: %.0f ns each (%,d decisions, mix of 5 cases; %d granted)%n",
                nanos, rounds, granted);
    }
}
