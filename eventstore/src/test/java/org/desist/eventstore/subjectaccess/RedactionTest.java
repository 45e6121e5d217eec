package org.desist.eventstore.subjectaccess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.desist.eventstore.Actor;
import org.desist.eventstore.http.InvalidField;
import org.junit.jupiter.api.Test;

/** Third parties in a subject access answer, and the period asked for: pure, without Quarkus. */
class RedactionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void staffAppearByRoleAndTeamUnlessPolicyNamesThem() {
        Actor officer = new Actor("jsmith", "probation-officer", Optional.of("N01"), Optional.empty());
        assertThat(new Redaction(false).staff(officer)).isEqualTo("probation-officer, team N01");
        assertThat(new Redaction(true).staff(officer)).isEqualTo("jsmith (probation-officer, team N01)");
        assertThat(new Redaction(false).staff(new Actor("pop", "person-on-probation", Optional.empty(),
                Optional.empty()))).isEqualTo("you");
        assertThat(new Redaction(false).staff(Actor.system("risk-service"))).contains("risk-service");
    }

    @Test
    void fieldsNamingStaffAreWithheldAtAnyDepthAndOthersLeftOut() throws Exception {
        JsonNode payload = JSON.readTree("""
                {"staffId": "jsmith", "team": "N01", "review": {"decidedBy": "boss", "note": "ok"},
                 "excluded": ["a", "b"], "details": "my cousin"}""");
        JsonNode withheld = Redaction.withhold(payload, Redaction.STAFF_FIELDS);
        assertThat(withheld.path("staffId").asText()).isEqualTo(Redaction.WITHHELD);
        assertThat(withheld.path("review").path("decidedBy").asText()).isEqualTo(Redaction.WITHHELD);
        assertThat(withheld.path("excluded").asText()).isEqualTo(Redaction.WITHHELD);
        assertThat(withheld.path("team").asText()).isEqualTo("N01");
        assertThat(Redaction.leaveOut(payload, Set.of("details")).has("details")).isFalse();
        assertThat(payload.path("staffId").asText()).isEqualTo("jsmith"); // the original is untouched
    }

    @Test
    void otherPeoplesNamesInNotesAreReplacedAsWholeWordsInAnyCase() throws Exception {
        assertThat(Redaction.names("Saw JO BLOGGS and Jo's dog; Joanne was fine", List.of("Jo Bloggs", "Jo")))
                .isEqualTo("Saw [third party] and [third party]'s dog; Joanne was fine");
        JsonNode redacted = Redaction.names(JSON.readTree("{\"notes\": [\"met Jo Bloggs\"], \"n\": 3}"),
                List.of("Jo Bloggs"));
        assertThat(redacted.toString()).isEqualTo("{\"notes\":[\"met [third party]\"],\"n\":3}");
        assertThat(Redaction.names("nothing to do", List.of())).isEqualTo("nothing to do");
    }

    @Test
    void thePeriodIsDaysInLondonBothIncludedAndABadOneNamesItsField() {
        SubjectAccessPeriod period = SubjectAccessPeriod.parse("X123456", "2026-07-01", "2026-07-31");
        assertThat(period.contains(Instant.parse("2026-06-30T23:30:00Z"))).isTrue(); // 00:30 on 1 July in London
        assertThat(period.contains(Instant.parse("2026-07-31T22:59:59Z"))).isTrue();
        assertThat(period.contains(Instant.parse("2026-07-31T23:00:00Z"))).isFalse();
        assertThat(SubjectAccessPeriod.parse("X123456", null, "").contains(Instant.EPOCH)).isTrue();
        assertThat(period.fromDate()).contains(LocalDate.of(2026, 7, 1));
        assertThatThrownBy(() -> SubjectAccessPeriod.parse("x1", null, null)).isInstanceOf(InvalidField.class)
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("crn");
        assertThatThrownBy(() -> SubjectAccessPeriod.parse("X123456", "2026-02-01", "2026-01-01"))
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("toDate");
        assertThatThrownBy(() -> SubjectAccessPeriod.parse("X123456", "soon", null))
                .extracting(e -> ((InvalidField) e).field()).isEqualTo("fromDate");
    }
}
