package org.desist.conduct.gift;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.desist.conduct.access.LimitedAccess;
import org.desist.conduct.access.NamedCase;

/**
 * An entry of the register of gifts and hospitality as its reader sees it: the donor's CRN, when the donor is a person
 * on probation, only to a reader whom the case's limited access lets by ({@code crnWithheld} otherwise).
 */
public record GiftView(UUID offerId, String staffId, String donorType, Optional<String> crn,
        Optional<String> crnWithheld, String description, BigDecimal value, Instant offeredAt, String status,
        String kind, String offeredTo, String direction, String lineManager, String rationale, String decidedBy) {

    static GiftView of(GiftRecord row, LimitedAccess access) {
        NamedCase donor = access.named(row.crn);
        return new GiftView(row.offerId, row.staffId, row.donorType, donor.crn(), donor.crnWithheld(),
                row.description, row.value, row.offeredAt, row.status, row.kind, row.offeredTo, row.direction,
                row.lineManager, row.rationale, row.decidedBy);
    }
}
