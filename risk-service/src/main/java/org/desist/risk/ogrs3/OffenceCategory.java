package org.desist.risk.ogrs3;

import java.util.Arrays;
import java.util.Optional;

/** OGRS3's offence categories and their parameters (shared/facts/OGRS3.md, "OffenceCategory"). */
public enum OffenceCategory {
    VIOLENCE_AGAINST_THE_PERSON(0),
    SEXUAL_AGAINST_CHILD(-0.6534),
    SEXUAL_NOT_AGAINST_CHILD(0.0328),
    SOLICITING_PROSTITUTION(0.7606),
    BURGLARY_DOMESTIC(-0.1239),
    BURGLARY_OTHER(0.2406),
    ROBBERY(-0.6348),
    THEFT_NON_MOTOR(0.6612),
    VEHICLE_TAKING(0.3801),
    THEFT_FROM_VEHICLES(0.4272),
    HANDLING_STOLEN_GOODS(0.3519),
    FRAUD_FORGERY(0.1599),
    CRIMINAL_DAMAGE(0.205),
    DRUG_IMPORT_EXPORT_PRODUCTION(-0.7956),
    DRUG_POSSESSION_SUPPLY(0.0772),
    PUBLIC_ORDER_HARASSMENT(0.1819),
    ABSCONDING_BAIL(0.7334),
    DRINK_DRIVING(-0.1214),
    OTHER_MOTORING(0.2622),
    OTHER_OFFENCES(-0.0607);

    private final double parameter;

    OffenceCategory(double parameter) {
        this.parameter = parameter;
    }

    public double parameter() {
        return parameter;
    }

    /** The category whose parameter the Home Office table gives for an offence code (each parameter is distinct). */
    public static Optional<OffenceCategory> withParameter(double parameter) {
        return Arrays.stream(values()).filter(c -> Double.compare(c.parameter, parameter) == 0).findFirst();
    }
}
