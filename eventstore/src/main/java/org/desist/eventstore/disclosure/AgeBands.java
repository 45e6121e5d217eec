package org.desist.eventstore.disclosure;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/** The age bands fairness figures are published in, the same in every service that publishes them. */
public final class AgeBands {

    public static final String NOT_RECORDED = "NOT_RECORDED";

    private AgeBands() {
    }

    /** The band of someone born on {@code dateOfBirth} (null when not recorded), on {@code today}. */
    public static String of(LocalDate dateOfBirth, LocalDate today) {
        return dateOfBirth == null ? NOT_RECORDED : ofAge(Period.between(dateOfBirth, today).getYears());
    }

    /** The youngest age of each band after the first (under 18): a reader can bucket by date of birth with them. */
    public static final List<Integer> LOWER_BOUNDS = List.of(18, 25, 35, 50);

    public static String ofAge(int age) {
        return age < 18 ? "UNDER_18" : age < 25 ? "18-24" : age < 35 ? "25-34" : age < 50 ? "35-49" : "50+";
    }
}
