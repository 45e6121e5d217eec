package org.desist.reporting.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.desist.reporting.Calls.get;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.desist.testing.LocalPlatform;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The dashboard in a real browser: Debian's headless Chromium signs in through Keycloak as the senior, opens the page,
 * filters it to a fresh team, and every chart must hold the numbers its JSON endpoint gives (read back from Chart.js's
 * data in the page). A screenshot is left in target/dashboard.png. Skipped where chromium or chromedriver is absent.
 */
@QuarkusTest
@TestProfile(DashboardBrowserTest.FixedPort.class)
@WithTestResource(value = LocalPlatform.class, initArgs = @ResourceArg(name = "database", value = "desist_reporting_test"))
class DashboardBrowserTest {

    static final String CHROMIUM = "/usr/bin/chromium";
    static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    /** The port the realm's desist-cli client allows a redirect back to, besides the service's own 8084. */
    static final int PORT = 18084;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> MEASURES = List.of("attended", "failedToAttend", "acceptableAbsences",
            "unacceptableAbsences", "warnings", "warningsWithdrawn", "breachesInitiated", "decisionsNotToBreach");

    /** Keycloak only sends a browser back to a redirect URI the realm lists. */
    public static class FixedPort implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.test-port", String.valueOf(PORT));
        }
    }

    @Test
    void aSeniorSignsInThroughKeycloak_andEveryChartDrawsTheNumbersOfItsJson() throws Exception {
        assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "the browser test needs Debian's chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
        DashboardScenario s = DashboardScenario.publishAndAwait();
        assertThat(s.taken()).as("the scenario reached the read models").isTrue();

        Path profile = Files.createTempDirectory("dashboard-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1400,3400",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
            browser.get("http://localhost:" + PORT + "/dashboard");
            wait.until(b -> b.getCurrentUrl().contains("/realms/desist/"));
            browser.findElement(By.id("username")).sendKeys("senior");
            browser.findElement(By.id("password")).sendKeys("desist");
            browser.findElement(By.id("kc-login")).click();
            wait.until(b -> b.getCurrentUrl().startsWith("http://localhost:" + PORT + "/dashboard"));
            wait.until(b -> Boolean.TRUE.equals(((JavascriptExecutor) b).executeScript(
                    "return !!(window.desistDashboard && window.desistDashboard.drawn)")));

            browser.executeScript("document.getElementById('filter-from').value = '2023-01-01'");
            WebElement team = browser.findElement(By.id("filter-team"));
            team.clear();
            team.sendKeys(s.team());
            browser.executeScript("window.desistDashboard.drawn = false");
            browser.findElement(By.cssSelector("#filters button[type=submit]")).click();
            wait.until(b -> Boolean.TRUE.equals(((JavascriptExecutor) b).executeScript(
                    "return window.desistDashboard.drawn")));

            JsonNode charts = JSON.readTree((String) browser.executeScript("""
                    const out = {};
                    for (const [id, chart] of Object.entries(window.desistDashboard.charts)) {
                      out[id] = { labels: chart.data.labels, drawn: chart.getDatasetMeta(0).data.length,
                                  datasets: chart.data.datasets.map(d => ({ label: d.label, data: d.data })) };
                    }
                    return JSON.stringify(out);"""));
            assertThat(browser.findElement(By.id("status")).getText()).isEmpty();
            Files.createDirectories(Path.of("target"));
            Files.write(Path.of("target", "dashboard.png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));

            String filter = "?from=2023-01-01&team=" + s.team() + "&cohort=quarter";
            Map<String, Expected> expected = new LinkedHashMap<>();
            expected.put("caseload-chart", caseload(json("caseload", filter)));
            expected.put("compliance-chart", compliance(json("compliance", filter)));
            JsonNode fairness = json("fairness", filter);
            for (String dimension : List.of("sex", "ethnicity", "ageBand")) {
                expected.put("fairness-" + dimension + "-chart", fairness(fairness.path("dimensions").path(dimension)));
            }
            expected.put("outcomes-chart", outcomes(json("outcomes", filter)));
            JsonNode risk = json("risk", filter);
            expected.put("rosh-chart", counts(risk.path("rosh")));
            expected.put("tiers-chart", counts(risk.path("tiers")));
            expected.put("overrides-chart", overrides(risk.path("overrides")));
            JsonNode unpaid = json("unpaid-work", filter);
            expected.put("unpaid-work-chart", perTeam(unpaid, "hoursOrdered", "hoursWorked", "hoursOutstanding"));
            expected.put("unpaid-limit-chart", perTeam(unpaid, "nearLimit", "pastLimit"));
            expected.put("reports-chart", perTeam(json("reports", filter), "due", "deliveredOnTime", "deliveredLate",
                    "notYetDelivered", "overdue", "unacknowledged"));
            expected.put("officers-chart", officers(json("officers", filter)));

            assertThat(charts.properties().stream().map(Map.Entry::getKey).toList())
                    .containsExactlyInAnyOrderElementsOf(expected.keySet());
            expected.forEach((id, want) -> {
                JsonNode chart = charts.path(id);
                assertThat(texts(chart.path("labels"))).as(id + " labels").isEqualTo(want.labels());
                assertThat(chart.path("drawn").asInt()).as(id + " drew a bar for each label").isEqualTo(want.labels().size());
                List<List<Double>> data = new ArrayList<>();
                chart.path("datasets").forEach(d -> data.add(numbers(d.path("data"))));
                assertThat(data).as(id + " data").isEqualTo(want.data());
            });
            // the scenario's figures, as drawn
            assertThat(charts.path("caseload-chart").path("datasets").get(0).path("data").get(0).asInt()).isEqualTo(5);
            assertThat(expected.get("officers-chart").labels()).containsExactly(s.team() + " " + s.officers().get(3));
        } finally {
            browser.quit();
        }
    }

    record Expected(List<String> labels, List<List<Double>> data) {
    }

    private static JsonNode json(String panel, String filter) throws Exception {
        return JSON.readTree(get("senior", "/dashboard/data/" + panel + ".json" + filter).statusCode(200).extract().asString());
    }

    private static Expected caseload(JsonNode c) {
        List<String> labels = new ArrayList<>();
        List<JsonNode> officers = new ArrayList<>();
        c.path("teams").forEach(t -> t.path("officers").forEach(o -> {
            labels.add(t.path("team").asText() + " " + o.path("staffId").asText());
            officers.add(o);
        }));
        List<List<Double>> data = new ArrayList<>();
        c.path("tiers").forEach(tier -> data.add(officers.stream().map(o -> number(o.path("byTier").path(tier.asText())))
                .toList()));
        return new Expected(labels, data);
    }

    private static Expected compliance(JsonNode c) {
        List<String> labels = new ArrayList<>();
        c.path("teams").forEach(t -> labels.add(t.path("team").asText()));
        List<List<Double>> data = new ArrayList<>();
        MEASURES.forEach(m -> {
            List<Double> values = new ArrayList<>();
            c.path("teams").forEach(t -> values.add(number(t.path(m))));
            data.add(values);
        });
        return new Expected(labels, data);
    }

    private static Expected fairness(JsonNode groups) {
        List<String> labels = new ArrayList<>();
        groups.forEach(g -> labels.add(g.path("group").asText()));
        List<List<Double>> data = new ArrayList<>();
        for (String rate : List.of("breachActions", "recalls", "overrides")) {
            List<Double> values = new ArrayList<>();
            groups.forEach(g -> values.add(g.path("suppressed").asBoolean() ? null
                    : number(g.path("rates").path(rate).path("ratioToOverall"))));
            data.add(values);
        }
        return new Expected(labels, data);
    }

    private static Expected outcomes(JsonNode o) {
        List<String> labels = new ArrayList<>();
        o.path("cohorts").forEach(c -> labels.add(c.path("cohort").asText()));
        List<List<Double>> data = new ArrayList<>();
        for (String[] series : new String[][] {{"oneYear", "reoffended"}, {"oneYear", "predicted"},
                {"twoYear", "reoffended"}, {"twoYear", "predicted"}}) {
            List<Double> values = new ArrayList<>();
            o.path("cohorts").forEach(c -> values.add(number(c.path(series[0]).path(series[1]))));
            data.add(values);
        }
        return new Expected(labels, data);
    }

    private static Expected counts(JsonNode values) {
        List<String> labels = new ArrayList<>();
        List<Double> data = new ArrayList<>();
        values.properties().forEach(e -> {
            labels.add(e.getKey());
            data.add(number(e.getValue()));
        });
        return new Expected(labels, List.of(data));
    }

    private static Expected overrides(JsonNode levels) {
        List<String> labels = new ArrayList<>();
        levels.properties().forEach(e -> labels.add(e.getKey()));
        List<List<Double>> data = new ArrayList<>();
        for (String direction : List.of("UP", "DOWN")) {
            data.add(labels.stream().map(l -> number(levels.path(l).path(direction))).toList());
        }
        return new Expected(labels, data);
    }

    private static Expected perTeam(JsonNode panel, String... measures) {
        List<String> labels = new ArrayList<>();
        panel.path("teams").forEach(t -> labels.add(t.path("team").asText()));
        List<List<Double>> data = new ArrayList<>();
        for (String measure : measures) {
            List<Double> values = new ArrayList<>();
            panel.path("teams").forEach(t -> values.add(number(t.path(measure))));
            data.add(values);
        }
        return new Expected(labels, data);
    }

    private static Expected officers(JsonNode o) {
        List<String> labels = new ArrayList<>();
        List<Double> rates = new ArrayList<>();
        List<Double> thresholds = new ArrayList<>();
        o.path("teams").forEach(t -> t.path("above").forEach(a -> {
            labels.add(t.path("team").asText() + " " + a.path("staffId").asText());
            rates.add(a.path("rate").asDouble());
            thresholds.add(Math.round((t.path("median").asDouble() + t.path("interquartileRange").asDouble()) * 100)
                    / 100.0);
        }));
        return new Expected(labels, List.of(rates, thresholds));
    }

    private static Double number(JsonNode value) {
        return value.isNumber() ? value.asDouble() : null;
    }

    private static List<Double> numbers(JsonNode array) {
        List<Double> values = new ArrayList<>();
        array.forEach(v -> values.add(number(v)));
        return values;
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
