package org.desist.risk.ogrs3;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import org.desist.eventstore.http.InvalidField;

/**
 * The Offender Group Reconviction Scale, version 3, exactly as published (shared/facts/OGRS3.md: Howard, Francis,
 * Soothill and Humphreys, Ministry of Justice Research Summary 7/09, with the figures of the Ministry's OASys
 * implementation). Pure: the same inputs always give the same score.
 */
public final class Ogrs3 {

    public static final String VERSION = "OGRS3";
    private static final String SOURCE = "OGRS3.md, Inputs";

    private Ogrs3() {
    }

    public static Ogrs3Score calculate(Ogrs3Inputs in) {
        if (in.dateOfBirth().isAfter(in.dateOfCurrentConviction())) {
            throw new InvalidField("dateOfBirth", "before the date of the current conviction",
                    "the date of birth is after the date of the current conviction", SOURCE);
        }
        if (in.dateOfBirth().isAfter(in.dateOfStartOfFollowUp())) {
            throw new InvalidField("dateOfBirth", "before the start of follow-up",
                    "the date of birth is after the start of follow-up", SOURCE);
        }
        int ageAtConviction = age(in.dateOfBirth(), in.dateOfCurrentConviction());
        int ageAtFollowUp = age(in.dateOfBirth(), in.dateOfStartOfFollowUp());
        if (ageAtConviction < 10) {
            throw new InvalidField("dateOfCurrentConviction", "age at the current conviction 10 or over",
                    "the person was " + ageAtConviction + " at the current conviction; OGRS3 starts at 10", SOURCE);
        }
        if (ageAtFollowUp < 10) {
            throw new InvalidField("dateOfStartOfFollowUp", "age at the start of follow-up 10 or over",
                    "the person was " + ageAtFollowUp + " at the start of follow-up; OGRS3 starts at 10", SOURCE);
        }
        if (in.ageAtFirstSanction() < 10) {
            throw new InvalidField("ageAtFirstSanction", "10 or over",
                    "no one is sanctioned before 10, the age of criminal responsibility; a first sanction at "
                            + in.ageAtFirstSanction() + " is impossible", SOURCE);
        }
        if (in.ageAtFirstSanction() > ageAtConviction) {
            throw new InvalidField("ageAtFirstSanction", "not above the age at the current conviction",
                    "the first sanction at " + in.ageAtFirstSanction() + " cannot come after the current conviction at "
                            + ageAtConviction, SOURCE);
        }
        if (in.totalSanctions() < 1) {
            throw new InvalidField("totalSanctions", "1 or more (the current sanction included)",
                    "total sanctions include the current one, so there is at least 1", SOURCE);
        }
        double ageSex = ageSex(ageAtFollowUp, in.sex());
        double convictionStatus = in.totalSanctions() == 1 ? 0.12614 : 0.46306;
        double copasRate = 1.25112 * Math.log(in.totalSanctions() / (double) (10 + ageAtConviction - in.ageAtFirstSanction()));
        double offence = in.offenceCategory().parameter();
        double total = ageSex + convictionStatus + copasRate + offence;
        double p1 = 1 / (1 + Math.exp(-(1.40256 + total)));
        double p2 = 1 / (1 + Math.exp(-(2.1217 + total)));
        BigDecimal oneYear = fiveDecimals(p1);
        BigDecimal twoYear = fiveDecimals(p2);
        int twoYearPercent = percent(twoYear);
        return new Ogrs3Score(percent(oneYear), twoYearPercent, Band.ofTwoYearPercent(twoYearPercent),
                oneYear.doubleValue(), twoYear.doubleValue(),
                new Ogrs3Score.Factors(ageSex, convictionStatus, copasRate, offence), VERSION);
    }

    /** Whole years, as {@code Period.between(...).getYears()} (OGRS3.md, Inputs). */
    static int age(LocalDate dateOfBirth, LocalDate on) {
        return Period.between(dateOfBirth, on).getYears();
    }

    /** OGRS3.md, AgeSex: by age at the start of follow-up. */
    static double ageSex(int age, Sex sex) {
        boolean male = sex == Sex.MALE;
        if (age <= 11) {
            return male ? 0.0 : 0.785;
        } else if (age <= 13) {
            return male ? 0.08392 : 0.61385;
        } else if (age <= 15) {
            return male ? 0.07578 : 0.66952;
        } else if (age <= 17) {
            return male ? -0.0616 : -0.9592;
        } else if (age <= 20) {
            return male ? -0.6251 : -0.8975;
        } else if (age <= 24) {
            return male ? -1.0515 : -1.0285;
        } else if (age <= 29) {
            return male ? -1.1667 : -1.0528;
        } else if (age <= 34) {
            return male ? -1.326 : -1.1291;
        } else if (age <= 39) {
            return male ? -1.368 : -1.4219;
        } else if (age <= 49) {
            return male ? -1.4997 : -1.5247;
        }
        return male ? -2.0253 : -2.4498;
    }

    private static BigDecimal fiveDecimals(double probability) {
        return BigDecimal.valueOf(probability).setScale(5, RoundingMode.HALF_UP);
    }

    /** Times 100, rounded half-up to a whole percent, held within 1..99 (OGRS3.md, Formula). */
    private static int percent(BigDecimal probability) {
        int percent = probability.movePointRight(2).setScale(0, RoundingMode.HALF_UP).intValueExact();
        return Math.max(1, Math.min(99, percent));
    }
}
