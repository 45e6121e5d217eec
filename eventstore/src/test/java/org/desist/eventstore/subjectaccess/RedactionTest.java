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
import java.util.stream.IntStream;
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
    void otherPeopleAndStaffNamedInFreeTextAreRedactedAsWholeWordsInAnyCase_andThePersonsOwnNameStays() throws Exception {
        ThirdParties parties = new ThirdParties(Set.of("Rowan O'Neill", "Alex Morgan", "Kim Lee"), Set.of("Sam Smith-Jones"),
                Set.of("Alex", "Morgan", "Alex Morgan"));
        JsonNode details = JSON.readTree("""
                {"notes": "Alex Morgan met ROWAN O'NEILL's sister; rowan o neill again. Kimlee and Kim Leeds are not Kim Lee",
                 "followUp": {"by": ["sam smith-jones will call", "Sam Smith"]}, "n": 3}""");

        JsonNode redacted = new Redaction(false).thirdParties(parties).apply(details);

        assertThat(redacted.path("notes").asText()).isEqualTo("Alex Morgan met [third party]'s sister; [third party] "
                + "again. Kimlee and Kim Leeds are not [third party]");
        assertThat(redacted.path("followUp").path("by").get(0).asText()).isEqualTo("[member of staff] will call");
        assertThat(redacted.path("followUp").path("by").get(1).asText()).isEqualTo("Sam Smith");
        assertThat(redacted.path("n").asInt()).isEqualTo(3);
        assertThat(details.path("notes").asText()).startsWith("Alex Morgan met ROWAN"); // the original is untouched
    }

    @Test
    void staffNamesInFreeTextStayWherePolicyNamesStaff() throws Exception {
        ThirdParties parties = new ThirdParties(Set.of("Kim Lee"), Set.of("Sam Smith"), Set.of());
        JsonNode redacted = new Redaction(true).thirdParties(parties)
                .apply(JSON.readTree("{\"notes\": \"Sam Smith saw Kim Lee\"}"));
        assertThat(redacted.path("notes").asText()).isEqualTo("Sam Smith saw [third party]");
        assertThat(new Redaction(true).thirdPartiesShown()).doesNotContain(Redaction.STAFF_MEMBER);
        assertThat(new Redaction(false).thirdPartiesShown()).contains(Redaction.STAFF_MEMBER);
    }

    @Test
    void everyPersonOnProbationIsLookedForAtOnce_aHundredThousandNamesInAFewMilliseconds() {
        List<String> names = IntStream.range(0, 100_000).mapToObj(i -> "Person" + i + " Surname" + i).toList();
        NameMatcher matcher = NameMatcher.of(names);
        String note = "Met person99999 SURNAME99999 and Person5 at the hostel; ".repeat(50);

        long started = System.nanoTime();
        String redacted = matcher.replace(note, "[third party]");
        long micros = (System.nanoTime() - started) / 1_000;

        assertThat(redacted).startsWith("Met [third party] and Person5 at the hostel; ");
        assertThat(micros).as("microseconds to redact a 3,000-character note").isLessThan(50_000);
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
