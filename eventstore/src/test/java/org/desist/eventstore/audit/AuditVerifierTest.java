package org.desist.eventstore.audit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.desist.eventstore.EventStore;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.StoredEvent;
import org.desist.eventstore.StreamId;
import org.desist.testing.LocalPlatform;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.Test;

/**
 * Tampering by SQL — as someone with the database owner's rights could — is found by the hash chain. Each test
 * puts the rows back afterwards, because the verification walks the whole log that the module's tests share.
 */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_eventstore_test"))
class AuditVerifierTest {

    private static final String DATABASE = "desist_eventstore_test";

    @Inject
    EventStore store;

    @Inject
    AuditVerifier verifier;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anUntouchedLogVerifies() {
        appendThree();

        Verification result = verifier.verify();

        assertThat(result.valid()).as(result.problem().orElse("")).isTrue();
        assertThat(result.checked()).isGreaterThanOrEqualTo(3);
        assertThat(result.firstInvalidPosition()).isEmpty();
    }

    @Test
    void theServicesOwnRoleCanNeitherChangeNorRemoveNorUnprotectTheLog() throws SQLException {
        long position = appendThree().get(0).position();
        try (Connection service = dataSource.getConnection(); Statement sql = service.createStatement()) {
            for (String change : List.of("UPDATE events SET payload = '{}' WHERE position = " + position,
                    "DELETE FROM events WHERE position = " + position, "TRUNCATE events",
                    "ALTER TABLE events DISABLE TRIGGER events_immutable")) {
                assertThatThrownBy(() -> sql.execute(change)).as(change).isInstanceOf(SQLException.class)
                        .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("42501", "42P01"));
            }
        }
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void aChangedPayloadIsFoundAtItsPosition() throws SQLException {
        List<StoredEvent> events = appendThree();
        long position = events.get(1).position();
        try (Connection sql = tamperer()) {
            String original = scalar(sql, "SELECT payload::text FROM events WHERE position = " + position);
            sql.createStatement().execute("UPDATE events SET payload = '{\"n\": 99}' WHERE position = " + position);
            try {
                Verification result = verifier.verify();
                assertThat(result.valid()).isFalse();
                assertThat(result.firstInvalidPosition()).contains(position);
                assertThat(result.problem()).hasValueSatisfying(p -> assertThat(p).contains("changed"));
            } finally {
                sql.createStatement().execute("UPDATE events SET payload = '" + original + "' WHERE position = " + position);
                untamper(sql);
            }
        }
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void aRemovedEventIsFoundAtTheNextEventOfItsStream() throws SQLException {
        List<StoredEvent> events = appendThree();
        long removed = events.get(1).position();
        try (Connection sql = tamperer()) {
            Statement statement = sql.createStatement();
            statement.execute("CREATE TEMP TABLE removed_event AS SELECT * FROM events WHERE position = " + removed);
            statement.execute("DELETE FROM events WHERE position = " + removed);
            try {
                Verification result = verifier.verify();
                assertThat(result.valid()).isFalse();
                assertThat(result.firstInvalidPosition()).contains(events.get(2).position());
            } finally {
                statement.execute("INSERT INTO events SELECT * FROM removed_event");
                statement.execute("DROP TABLE removed_event");
                untamper(sql);
            }
        }
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void aRemovedLastEventIsFoundThroughTheStreamHead() throws SQLException {
        List<StoredEvent> events = appendThree();
        long removed = events.get(2).position();
        try (Connection sql = tamperer()) {
            Statement statement = sql.createStatement();
            statement.execute("CREATE TEMP TABLE removed_last AS SELECT * FROM events WHERE position = " + removed);
            statement.execute("DELETE FROM events WHERE position = " + removed);
            try {
                Verification result = verifier.verify();
                assertThat(result.valid()).isFalse();
                assertThat(result.firstInvalidPosition()).contains(events.get(1).position());
            } finally {
                statement.execute("INSERT INTO events SELECT * FROM removed_last");
                statement.execute("DROP TABLE removed_last");
                untamper(sql);
            }
        }
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void twoSwappedRowsAreFoundAtTheFirstOfThem() throws SQLException {
        long first = appendThree().getFirst().position();
        long second = appendThree().getFirst().position();
        try (Connection sql = tamperer()) {
            Statement statement = sql.createStatement();
            swap(statement, first, second);
            try {
                Verification result = verifier.verify();
                assertThat(result.valid()).isFalse();
                assertThat(result.firstInvalidPosition()).contains(first);
            } finally {
                swap(statement, first, second);
                untamper(sql);
            }
        }
        assertThat(verifier.verify().valid()).isTrue();
    }

    @Test
    void verifyChecksWhatWasRecordedSinceTheLastIntactCheck() {
        verifier.verify();
        appendThree();

        Verification result = verifier.verify();

        assertThat(result.valid()).isTrue();
        assertThat(result.checked()).isEqualTo(3);
        assertThat(verifier.verify().checked()).isZero();
    }

    @Test
    void anEventChangedAfterItWasVerifiedIsFoundByTheFullWalk() throws SQLException {
        List<StoredEvent> events = appendThree();
        assertThat(verifier.verify().valid()).isTrue();
        long position = events.get(1).position();
        try (Connection sql = tamperer()) {
            String original = scalar(sql, "SELECT payload::text FROM events WHERE position = " + position);
            sql.createStatement().execute("UPDATE events SET payload = '{\"n\": 99}' WHERE position = " + position);
            try {
                given().auth().oauth2(Tokens.of("auditor")).when().get("/admin/audit/verify?full=true")
                        .then().statusCode(200).body("valid", equalTo(false))
                        .body("firstInvalidPosition", equalTo((int) position));
            } finally {
                sql.createStatement().execute("UPDATE events SET payload = '" + original + "' WHERE position = " + position);
                untamper(sql);
            }
        }
        assertThat(verifier.verifyAll().valid()).isTrue();
    }

    @Test
    void aFullVerifyRunsInTheBackgroundOneAtATimeReportingItsProgressThenWhereTheLogBreaks() throws Exception {
        long position = appendThree().get(1).position();
        try (Connection sql = tamperer()) {
            // A walk left running by an earlier, killed test run would refuse this one until it went stale.
            sql.createStatement().execute("UPDATE audit_full_verifications SET state = 'failed' WHERE state = 'running'");
            String original = scalar(sql, "SELECT payload::text FROM events WHERE position = " + position);
            sql.createStatement().execute("UPDATE events SET payload = '{\"n\": 99}' WHERE position = " + position);
            try {
                // The log held back, so that the walk is seen running: it waits for its snapshot.
                sql.setAutoCommit(false);
                sql.createStatement().execute("LOCK TABLE events IN ACCESS EXCLUSIVE MODE");
                try {
                    auditor().post("/admin/audit/verify/full").then().statusCode(202)
                            .header("Location", endsWith("/admin/audit/verify/full"))
                            .body("state", equalTo("running")).body("startedBy", equalTo("auditor"));
                    auditor().post("/admin/audit/verify/full").then().statusCode(409)
                            .contentType("application/problem+json").body("rule", equalTo("full-verify-running"));
                    auditor().get("/admin/audit/verify/full").then().statusCode(200)
                            .body("state", equalTo("running")).body("checked", equalTo(0));
                } finally {
                    sql.commit();
                    sql.setAutoCommit(true);
                }
                JsonPath done = finishedFullVerify();
                assertThat(done.getBoolean("valid")).isFalse();
                assertThat(done.getLong("firstInvalidPosition")).isEqualTo(position);
                assertThat(done.getString("problem")).contains("changed");
                assertThat(done.getLong("total")).isGreaterThanOrEqualTo(done.getLong("checked"));
                assertThat(done.getString("startedAt")).isNotNull();
                assertThat(done.getString("finishedAt")).isNotNull();
            } finally {
                sql.createStatement().execute("UPDATE events SET payload = '" + original + "' WHERE position = " + position);
                untamper(sql);
            }
        }

        auditor().post("/admin/audit/verify/full").then().statusCode(202);
        JsonPath intact = finishedFullVerify();
        assertThat(intact.getBoolean("valid")).isTrue();
        assertThat(intact.getLong("checked")).isEqualTo(intact.getLong("total")).isGreaterThanOrEqualTo(3);
        assertThat(intact.getMap("$")).as("as GET /admin/audit/verify has it").containsEntry("firstInvalidPosition", null);
        given().auth().oauth2(Tokens.of("officer")).when().post("/admin/audit/verify/full").then().statusCode(403);
        given().auth().oauth2(Tokens.of("officer")).when().get("/admin/audit/verify/full").then().statusCode(403);
    }

    @Test
    void onlyAuditorsMayAskForVerification() {
        appendThree();
        given().auth().oauth2(Tokens.of("auditor")).when().get("/admin/audit/verify")
                .then().statusCode(200)
                .body("valid", equalTo(true))
                .body("firstInvalidPosition", nullValue());
        given().auth().oauth2(Tokens.of("officer")).when().get("/admin/audit/verify").then().statusCode(403);
        given().when().get("/admin/audit/verify").then().statusCode(401);
    }

    private List<StoredEvent> appendThree() {
        StreamId stream = org.desist.eventstore.TestStreams.newStream();
        return store.append(stream, ExpectedVersion.noStream(), org.desist.eventstore.TestStreams.events(3),
                org.desist.eventstore.TestStreams.metadata());
    }

    private static RequestSpecification auditor() {
        return given().auth().oauth2(Tokens.of("auditor")).when();
    }

    /** Waits for the latest full verify to finish and answers its report. */
    private static JsonPath finishedFullVerify() throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            JsonPath status = auditor().get("/admin/audit/verify/full").then().statusCode(200).extract().jsonPath();
            if (!status.getString("state").equals("running")) {
                assertThat(status.getString("state")).isEqualTo("finished");
                return status;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the full verify did not finish within 60 s");
    }

    /** Swaps two rows' places in the log: the row at one position moves to the other. */
    private static void swap(Statement statement, long a, long b) throws SQLException {
        statement.execute("UPDATE events SET position = -1 WHERE position = " + a);
        statement.execute("UPDATE events SET position = " + a + " WHERE position = " + b);
        statement.execute("UPDATE events SET position = " + b + " WHERE position = -1");
    }

    /** Tampering is done as the databases' owner, as an insider would: the service's own role cannot. */
    private Connection tamperer() throws SQLException {
        Connection connection = LocalPlatform.ownerConnection(DATABASE);
        connection.createStatement().execute("ALTER TABLE events DISABLE TRIGGER events_immutable");
        return connection;
    }

    private static void untamper(Connection connection) throws SQLException {
        connection.createStatement().execute("ALTER TABLE events ENABLE TRIGGER events_immutable");
    }

    private static String scalar(Connection connection, String sql) throws SQLException {
        try (var rows = connection.createStatement().executeQuery(sql)) {
            rows.next();
            return rows.getString(1);
        }
    }
}
