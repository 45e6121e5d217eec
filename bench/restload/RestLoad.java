import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Commands through REST on the running local platform (bench/rest runs it): registrations (POST /people) and contacts
 * (POST /people/{crn}/contacts), half and half, at a fixed concurrency (closed loop) or a fixed rate (open loop:
 * latency counted from when each command was due, so a slow server cannot hide its queue). Prints throughput, p50,
 * p99 and max latency and every status other than 201, which must hold no 500. Also: how long a registration takes
 * to reach risk-service (case -> Kafka -> risk), at idle and under load, and case-service's relay lag afterwards.
 */
public class RestLoad {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    static final Pattern CRN = Pattern.compile("\"crn\":\"([A-Z][0-9]{6})\"");
    static String caseUrl = "http://localhost:8081";
    static String riskUrl = "http://localhost:8082";
    static String keycloak = "http://localhost:8180/realms/desist/protocol/openid-connect/token";
    static volatile String token;
    static final List<String> people = new CopyOnWriteArrayList<>();

    record Outcome(long nanos, int status) {
    }

    record Phase(String name, long commands, double seconds, List<Outcome> outcomes, List<Long> propagation,
            String committedToEffect) {
        String row() {
            List<Long> latencies = outcomes.stream().map(Outcome::nanos).sorted().toList();
            Map<Integer, Long> statuses = new TreeMap<>();
            outcomes.forEach(o -> statuses.merge(o.status(), 1L, Long::sum));
            List<Long> prop = propagation.stream().sorted().toList();
            return String.format(Locale.ROOT, "  %-22s %8d %9.1f %8.1f %8.1f %8.1f   %-28s %s", name, commands,
                    commands / seconds, ms(pct(latencies, 50)), ms(pct(latencies, 99)),
                    ms(latencies.isEmpty() ? 0 : latencies.getLast()), statuses,
                    prop.isEmpty() ? committedToEffect : String.format(Locale.ROOT, "p50 %.0f ms, p99 %.0f ms (%d)",
                            ms(pct(prop, 50)), ms(pct(prop, 99)), prop.size()));
        }
    }

    public static void main(String[] args) throws Exception {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        token = token();
        System.err.println("warming up ...");
        closed("warm-up", 8, 10);
        List<Phase> phases = new ArrayList<>();
        phases.add(idlePropagation(20));
        for (int concurrency : new int[] {1, 16, 64}) {
            phases.add(closed("concurrency " + concurrency, concurrency, seconds));
        }
        for (int rate : new int[] {200, 500}) {
            phases.add(open("fixed " + rate + "/s", rate, seconds));
        }
        System.out.printf(Locale.ROOT, "%nDesist REST commands, %s, %d s a phase%n", Instant.now().truncatedTo(
                java.time.temporal.ChronoUnit.SECONDS), seconds);
        System.out.printf(Locale.ROOT, "  %-22s %8s %9s %8s %8s %8s   %-28s %s%n", "phase", "commands", "per s",
                "p50 ms", "p99 ms", "max ms", "statuses", "case -> risk propagation");
        phases.forEach(p -> System.out.println(p.row()));
        System.out.println("  relay lag of case-service afterwards: " + relayLag());
    }

    /** N workers, each sending its next command as soon as the last is answered. */
    static Phase closed(String name, int concurrency, int seconds) throws Exception {
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        List<Long> propagation = Collections.synchronizedList(new ArrayList<>());
        Map<Double, Double> before = propagationBuckets();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long started = System.nanoTime();
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int w = 0; w < concurrency; w++) {
                workers.submit(() -> {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        int status = command(false, propagation);
                        outcomes.add(new Outcome(System.nanoTime() - t0, status));
                    }
                    return null;
                });
            }
        }
        return new Phase(name, outcomes.size(), (System.nanoTime() - started) / 1e9, outcomes, propagation,
                committedToEffect(before));
    }

    /**
     * Commands due at a fixed rate whatever the answers. Propagation is read from risk-service's own histogram (commit
     * in case-service to the commit of its effect in risk-service), not by polling: a client polling every followed
     * registration would itself load the services it measures.
     */
    static Phase open(String name, int rate, int seconds) throws Exception {
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        List<Long> propagation = Collections.synchronizedList(new ArrayList<>());
        Map<Double, Double> before = propagationBuckets();
        long interval = 1_000_000_000L / rate;
        long started = System.nanoTime();
        int total = rate * seconds;
        try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < total; i++) {
                long due = started + i * interval;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                senders.submit(() -> {
                    int status = command(false, propagation);
                    outcomes.add(new Outcome(System.nanoTime() - due, status));
                    return null;
                });
            }
        }
        // the effects of the last commands still on their way are counted too
        Thread.sleep(2_000);
        return new Phase(name, outcomes.size(), (System.nanoTime() - started) / 1e9, outcomes, propagation,
                committedToEffect(before));
    }

    static Phase idlePropagation(int samples) throws Exception {
        List<Long> propagation = new ArrayList<>();
        for (int i = 0; i < samples; i++) {
            register(true, propagation);
        }
        return new Phase("idle propagation", samples, 1, List.of(), propagation, "");
    }

    static int command(boolean follow, List<Long> propagation) throws Exception {
        if (people.size() < 10 || follow || ThreadLocalRandom.current().nextBoolean()) {
            return register(follow, propagation);
        }
        String crn = people.get(ThreadLocalRandom.current().nextInt(people.size()));
        return post(caseUrl + "/people/" + crn + "/contacts", """
                {"type":"OFFICE_VISIT","occurredAt":"%s","outcome":"ATTENDED_COMPLIED","notes":"load test contact"}"""
                .formatted(Instant.now().minusSeconds(60))).statusCode();
    }

    static int register(boolean follow, List<Long> propagation) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> answer = post(caseUrl + "/people", """
                {"firstName":"Load","lastName":"Test","dateOfBirth":"1990-01-01","sex":"MALE","ethnicity":"W1"}""");
        Matcher crn = CRN.matcher(answer.body());
        if (answer.statusCode() == 201 && crn.find()) {
            people.add(crn.group(1));
            if (follow) {
                long deadline = System.nanoTime() + 30_000_000_000L;
                while (System.nanoTime() < deadline) {
                    if (get(riskUrl + "/people/" + crn.group(1) + "/risk-profile").statusCode() == 200) {
                        propagation.add(System.nanoTime() - t0);
                        break;
                    }
                    Thread.sleep(5);
                }
            }
        }
        return answer.statusCode();
    }

    static HttpResponse<String> post(String url, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    static HttpResponse<String> get(String url) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        try {
            return HTTP.send(request.header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            return new Failed();
        }
    }

    static String token() throws Exception {
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(URI.create(keycloak))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&client_id=desist-cli&username=officer&password=desist"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\":\"([^\"]+)\"").matcher(answer.body());
        if (!m.find()) {
            throw new IllegalStateException("no token from Keycloak: " + answer.body());
        }
        return m.group(1);
    }

    /** risk-service's propagation histogram for case facts: cumulative count by upper bound in seconds. */
    static Map<Double, Double> propagationBuckets() {
        Map<Double, Double> buckets = new TreeMap<>();
        try {
            HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:9082/q/metrics"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            Pattern bucket = Pattern.compile("^desist_consumer_propagation_seconds_bucket\\{.*consumer=\"risk-service:case-facts\".*"
                    + "le=\"([^\"]+)\".*\\}\\s+(\\S+)$");
            metrics.body().lines().map(bucket::matcher).filter(Matcher::matches).forEach(m -> buckets.put(
                    m.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(m.group(1)),
                    Double.parseDouble(m.group(2))));
        } catch (Exception e) {
            System.err.println("risk-service's metrics are unavailable: " + e.getMessage());
        }
        return buckets;
    }

    /** p50 and p99 of the case facts that took effect in risk-service since {@code before}, to a bucket's bound. */
    static String committedToEffect(Map<Double, Double> before) {
        Map<Double, Double> after = propagationBuckets();
        double total = after.getOrDefault(Double.POSITIVE_INFINITY, 0.0) - before.getOrDefault(Double.POSITIVE_INFINITY, 0.0);
        if (total <= 0) {
            return "";
        }
        return String.format(Locale.ROOT, "commit->effect p50 <= %s, p99 <= %s (%d facts)", bound(before, after, total, 0.5),
                bound(before, after, total, 0.99), (long) total);
    }

    private static String bound(Map<Double, Double> before, Map<Double, Double> after, double total, double quantile) {
        for (Map.Entry<Double, Double> b : after.entrySet()) {
            if (b.getValue() - before.getOrDefault(b.getKey(), 0.0) >= quantile * total) {
                return b.getKey().isInfinite() ? "inf" : String.format(Locale.ROOT, "%.0f ms", b.getKey() * 1000);
            }
        }
        return "inf";
    }

    static String relayLag() {
        try {
            HttpResponse<String> metrics = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:9081/q/metrics"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            return metrics.body().lines().filter(l -> l.startsWith("desist_relay_lag")).reduce((a, b) -> a + "; " + b)
                    .orElse("(no desist_relay_lag metrics on this build)");
        } catch (Exception e) {
            return "(metrics unavailable: " + e.getMessage() + ")";
        }
    }

    static long pct(List<Long> sorted, int percentile) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1));
    }

    static double ms(long nanos) {
        return nanos / 1e6;
    }

    /** No answer at all (connection refused or reset, timeout): counted as status 0. */
    static final class Failed implements HttpResponse<String> {
        public int statusCode() { return 0; }
        public HttpRequest request() { return null; }
        public java.util.Optional<HttpResponse<String>> previousResponse() { return java.util.Optional.empty(); }
        public java.net.http.HttpHeaders headers() { return java.net.http.HttpHeaders.of(Map.of(), (a, b) -> true); }
        public String body() { return ""; }
        public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return java.util.Optional.empty(); }
        public URI uri() { return null; }
        public HttpClient.Version version() { return HttpClient.Version.HTTP_1_1; }
    }
}
