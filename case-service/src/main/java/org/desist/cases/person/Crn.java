package org.desist.cases.person;

import java.security.SecureRandom;

/** The case reference number: a letter and six digits, the person's identity across probation systems. */
public final class Crn {

    public static final String PATTERN = "[A-Z][0-9]{6}";
    public static final String MESSAGE = "must be a CRN: a letter and six digits";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Crn() {
    }

    public static String next() {
        return "" + (char) ('A' + RANDOM.nextInt(26)) + String.format("%06d", RANDOM.nextInt(1_000_000));
    }
}
