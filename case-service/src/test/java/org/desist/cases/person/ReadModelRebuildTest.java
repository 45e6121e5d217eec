package org.desist.cases.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.desist.cases.CaseApi;
import org.desist.cases.StaffOnRegister;
import org.desist.testing.CloudEventWriter;
import org.desist.eventstore.projection.Projections;
import org.desist.testing.LocalPlatform;
import org.junit.jupiter.api.Test;

/** case-service's SQL projections replay a page at a time to exactly what they kept live. */
@QuarkusTest
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_case_test"))
class ReadModelRebuildTest {

    @Inject
    Projections projections;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void peopleRebuiltPageByPageEqualTheTableKeptLiveVersionsIncluded() {
        projections.rebuild("people"); // a clean start, whatever an earlier run left
        String crn = CaseApi.register();
        CaseApi.recordContact(crn, CaseApi.contact("ATTENDED_COMPLIED")).statusCode(201);
        CaseApi.recordContact(crn, CaseApi.contact("ATTENDED_COMPLIED")).statusCode(201);
        String etag = CaseApi.get("/people/" + crn).statusCode(200).extract().header("ETag");
        assertThat(etag).as("the contacts moved the person's version").isNotEqualTo("\"1\"");
        List<String> live = rows("SELECT * FROM people ORDER BY crn");

        projections.rebuild("people");

        assertThat(projections.isLive("people")).isTrue();
        assertThat(rows("SELECT * FROM people ORDER BY crn")).isEqualTo(live);
        assertThat(CaseApi.get("/people/" + crn).statusCode(200).extract().header("ETag")).isEqualTo(etag);
    }

    @Test
    void readsOfPeopleWhileTheirReadModelIsRebuiltAre503WithRetryAfterAndAnsweredOnceItIsLive() throws Exception {
        String crn = CaseApi.register();
        HeldReplays.Hold hold = HeldReplays.Hold.on("people");
        HeldReplays.hold(hold);
        String registeredMeanwhile;
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        Future<Long> rebuild = threads.submit(() -> projections.rebuild("people"));
        try {
            assertThat(hold.reached().await(30, TimeUnit.SECONDS)).as("the rebuild is replaying").isTrue();

            CaseApi.get("/people/" + crn).statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("detail", startsWith("the people read model is being rebuilt ("));
            CaseApi.get("/people/" + crn + "/contacts").statusCode(503).header("Retry-After", "5");
            registeredMeanwhile = CaseApi.register();
        } finally {
            hold.release().countDown();
            rebuild.get(120, TimeUnit.SECONDS);
            threads.shutdown();
        }

        CaseApi.get("/people/" + crn).statusCode(200);
        CaseApi.get("/people/" + registeredMeanwhile).statusCode(200);
    }

    @Test
    void allocationsRebuiltEqualTheTableKeptLiveReallocationsIncluded() {
        projections.rebuild("allocations");
        String crn = CaseApi.register();
        CaseApi.put("senior", "/people/" + crn + "/allocation", allocation(null)).statusCode(200);
        CaseApi.put("senior", "/people/" + crn + "/allocation", allocation("caseload balancing")).statusCode(200);
        List<String> live = rows("SELECT * FROM allocations ORDER BY crn");

        projections.rebuild("allocations");

        assertThat(rows("SELECT * FROM allocations ORDER BY crn")).isEqualTo(live);
    }

    private static String allocation(String reason) {
        String staff;
        try (CloudEventWriter conductService = new CloudEventWriter("desist.conduct.events.test", "/desist/conduct-service")) {
            staff = StaffOnRegister.join(conductService, "N01");
        }
        return reason == null ? "{\"staffId\": \"%s\", \"team\": \"N01\"}".formatted(staff)
                : "{\"staffId\": \"%s\", \"team\": \"N01\", \"reason\": \"%s\"}".formatted(staff, reason);
    }

    private List<String> rows(String sql) {
        List<String> rows = new ArrayList<>();
        try (Connection connection = dataSource.getConnection(); Statement select = connection.createStatement();
                ResultSet row = select.executeQuery(sql)) {
            int columns = row.getMetaData().getColumnCount();
            while (row.next()) {
                StringBuilder text = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    text.append(row.getString(i)).append('|');
                }
                rows.add(text.toString());
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
