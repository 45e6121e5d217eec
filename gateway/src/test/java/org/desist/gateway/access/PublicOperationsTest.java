package org.desist.gateway.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PublicOperationsTest {

    private final PublicOperations open = new PublicOperations(List.of("GET /api/*/admin/audit/public-key",
            "POST /api/conduct/disclosures", " POST /api/conduct/disclosures/receipts/*/information "));

    @Test
    void anOperationListedIsOpen_aStarStandingForOneSegment() {
        assertThat(open.contains("GET", "/api/case/admin/audit/public-key")).isTrue();
        assertThat(open.contains("get", "/api/risk/admin/audit/public-key")).isTrue();
        assertThat(open.contains("POST", "/api/conduct/disclosures")).isTrue();
        assertThat(open.contains("POST", "/api/conduct/disclosures/receipts/K7Q2-PX9M/information")).isTrue();
    }

    @Test
    void anythingElseIsNot_anotherMethod_aLongerOrShorterPath_anEmptySegment() {
        assertThat(open.contains("POST", "/api/case/admin/audit/public-key")).isFalse();
        assertThat(open.contains("GET", "/api/conduct/disclosures")).isFalse();
        assertThat(open.contains("POST", "/api/conduct/disclosures/0190f2a0-0000-7000-8000-000000000000/status")).isFalse();
        assertThat(open.contains("GET", "/api/case/admin/audit/public-key/more")).isFalse();
        assertThat(open.contains("GET", "/api/case/admin/audit")).isFalse();
        assertThat(open.contains("POST", "/api/conduct/disclosures/receipts//information")).isFalse();
        assertThat(open.contains("POST", "/api/conduct/disclosures/")).isFalse();
    }
}
