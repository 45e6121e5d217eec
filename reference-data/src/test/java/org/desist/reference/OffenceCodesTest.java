package org.desist.reference;

import static org.assertj.core.api.Assertions.assertThat;

import org.desist.reference.Offence.OgrsWeighting;
import org.junit.jupiter.api.Test;

class OffenceCodesTest {

    private final OffenceCodes table = OffenceCodes.table();

    @Test
    void everyRowOfThePublishedTableIsLoaded() {
        assertThat(table.size()).isEqualTo(3039);
    }

    @Test
    void aCodeReadsWithItsCategoryWeightingAndViolence() {
        Offence murder = table.find("00101").orElseThrow();
        assertThat(murder.group()).isEqualTo("Violence against the person");
        assertThat(murder.category()).isEqualTo("Murder");
        assertThat(murder.ogrs3()).contains(new OgrsWeighting.Parameter(0));
        assertThat(murder.violent()).isTrue();
    }

    @Test
    void quotedDescriptionsWithCommasStayWhole() {
        assertThat(OffenceCodes.csvFields("1,\"a, b\",\"say \"\"hi\"\"\",x"))
                .containsExactly("1", "a, b", "say \"hi\"", "x");
    }

    @Test
    void codesWithoutAnOgrs3MappingOrNeedingAMoreSpecificCodeAreMarked() {
        assertThat(table.find("00000").orElseThrow().ogrs3()).isEmpty();
        long specific = java.util.stream.IntStream.range(0, 100_000).mapToObj(i -> String.format("%05d", i))
                .map(table::find).flatMap(java.util.Optional::stream)
                .filter(o -> o.ogrs3().filter(w -> w instanceof OgrsWeighting.NeedsSpecificCode).isPresent()).count();
        assertThat(specific).isEqualTo(3);
    }

    @Test
    void anUnknownCodeIsAbsent() {
        assertThat(table.find("99999")).isEmpty();
    }
}
