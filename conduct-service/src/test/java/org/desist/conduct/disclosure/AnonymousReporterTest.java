package org.desist.conduct.disclosure;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.desist.testing.LocalPlatform;
import org.desist.testing.TopicReader;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A reporter stays unidentifiable where they chose to be (002_d7d6c09e19b6ddeb.txt 8.6; 001: anonymous channels): after
 * a member of staff, signed in, makes a disclosure asking to stay anonymous, follows it and adds to it, neither their
 * user name nor their token's subject is in the service's log, the event log or the service's topic.
 */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_conduct_test"))
class AnonymousReporterTest {

    private static final String TOPIC = "desist.conduct.events.conduct-test";
    private static final Path LOG = Path.of("target", "conduct-service-test.log");
    /** The local realm's court liaison officer: a user name that no role, stream type or event type contains whole. */
    private static final String REPORTER = "court";
    private static final String REPORTER_NAME = "Local Court Liaison";

    @Inject
    AgroalDataSource database;

    @Test
    void anAnonymousDisclosureLeavesNoTraceOfTheReporterInTheLogTheEventLogOrTheTopic_002_8_6() throws Exception {
        String token = Tokens.of(REPORTER);
        String subject = new ObjectMapper().readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1]))
                .get("sub").asText();
        long logFrom = Files.exists(LOG) ? Files.size(LOG) : 0;
        long positionFrom = single("select coalesce(max(position), 0) from events");
        long since = System.currentTimeMillis();

        String summary = "rotas falsified " + UUID.randomUUID();
        var receipt = given().auth().oauth2(token).contentType(ContentType.JSON).body("""
                {"summary": "%s", "concerns": "overtime claimed for shifts not worked", "implicated": ["senior"],
                 "anonymous": true}""".formatted(summary)).when().post("/disclosures").then().statusCode(201).extract();
        String id = receipt.path("disclosureId");
        String code = receipt.path("receiptCode");
        given().auth().oauth2(token).when().get("/disclosures/receipts/" + code).then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{\"information\": \"since March\"}")
                .when().post("/disclosures/receipts/" + code + "/information").then().statusCode(201);
        // anonymous: no line of management to route by, no reporter for the recipient to read
        given().auth().oauth2(Tokens.of("disclosure")).when().get("/disclosures/" + id).then().statusCode(200)
                .body("summary", equalTo(summary)).body("reporter", nullValue());
        // a published event after the disclosure's: once it is on the topic, anything before it would be too
        String course = "anonymity sentinel " + UUID.randomUUID();
        given().auth().oauth2(Tokens.of("conduct")).contentType(ContentType.JSON).body("""
                {"staffId": "officer", "course": "%s", "completedOn": "%s"}""".formatted(course, LocalDate.now()))
                .when().post("/training/completions").then().statusCode(201);

        Pattern trace = Pattern.compile("(?<![A-Za-z0-9_.-])" + REPORTER + "(?![A-Za-z0-9_-])|"
                + Pattern.quote(subject) + "|" + Pattern.quote(REPORTER_NAME));

        List<String> rows = texts("select e::text from events e where position > ? order by position", positionFrom);
        assertThat(rows).as("the event log holds the disclosure").anyMatch(row -> row.contains(id));
        assertThat(rows).noneMatch(row -> trace.matcher(row).find());
        assertThat(texts("select d::text from disclosures d where disclosure_id = ?::uuid", id)).singleElement()
                .satisfies(row -> assertThat(trace.matcher(row).find()).isFalse());

        try (TopicReader topic = new TopicReader(TOPIC)) {
            assertThat(topic.await(r -> r.value().contains(course), 1, Duration.ofSeconds(30))).hasSize(1);
        }
        try (TopicReader topic = new TopicReader(TOPIC)) {
            assertThat(topic.drain(r -> r.timestamp() >= since, Duration.ofSeconds(3)))
                    .noneMatch(r -> trace.matcher(whole(r)).find());
        }

        assertThat(LOG).as("the service's log, written by the test profile").exists();
        assertThat(trace.matcher(logSince(logFrom)).find()).as("the service's log names the reporter").isFalse();
    }

    private static String whole(ConsumerRecord<String, String> record) {
        StringBuilder text = new StringBuilder(String.valueOf(record.key())).append('\n').append(record.value());
        for (Header header : record.headers()) {
            text.append('\n').append(header.key()).append('=')
                    .append(new String(header.value(), StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    private static String logSince(long offset) throws IOException {
        try (RandomAccessFile file = new RandomAccessFile(LOG.toFile(), "r")) {
            long from = Math.min(offset, file.length());
            byte[] bytes = new byte[(int) (file.length() - from)];
            file.seek(from);
            file.readFully(bytes);
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private long single(String sql) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getLong(1);
        }
    }

    private List<String> texts(String sql, Object parameter) throws SQLException {
        List<String> texts = new ArrayList<>();
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, parameter);
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    texts.add(result.getString(1));
                }
            }
        }
        return texts;
    }
}
