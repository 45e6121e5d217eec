package org.desist.endtoend;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.desist.endtoend.PlatformDocument.Operation;
import org.desist.testing.KeycloakAdmin;
import org.desist.testing.KeycloakUsers;
import org.desist.testing.Tokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 13's quality bar, through the gateway with real Keycloak tokens: every operation of the platform's gathered
 * OpenAPI document answers every kind of caller as its roles and need-to-know say; a partner guessing another agency's
 * people and ids learns nothing; expired, altered, unsigned and foreign tokens are refused; malformed, wrongly typed and
 * oversized bodies are refused; injection strings are refused or kept. Every refusal is problem+json, nothing is a 5xx.
 */
@ExtendWith(RunningPlatform.class)
class SecuritySweepIT {

    /** One local user per realm role (ARCHITECTURE.md), and the role it holds. */
    private static final Map<String, String> USERS = users("officer", "probation-officer", "senior",
            "senior-probation-officer", "court", "court-liaison", "partner-police", "partner-agency", "pop",
            "person-on-probation", "conduct", "conduct-officer", "disclosure", "disclosure-officer", "chief",
            "chief-executive", "board-secretary", "board-secretary", "board", "board-member", "auditor", "auditor",
            "operator", "operator");
    /** Open by design, each for its reason: anything else without a security requirement fails the sweep. */
    private static final Set<String> PUBLIC = Set.of(
            // the keys that check each service's signed audit checkpoints: anyone outside may verify them
            "GET /api/case/admin/audit/public-key", "GET /api/risk/admin/audit/public-key",
            "GET /api/conduct/admin/audit/public-key", "GET /api/reports/admin/audit/public-key",
            // whistleblowing without a name, followed by a receipt code (002 8.6: a disclosure may stay anonymous)
            "POST /api/conduct/disclosures", "GET /api/conduct/disclosures/receipts/{receiptCode}",
            "POST /api/conduct/disclosures/receipts/{receiptCode}/information");
    private static final String PROBLEM = "application/problem+json";
    private static final String PURPOSE = "security sweep: checking the platform's refusals";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private static PlatformDocument document;
    /** Registered by the officer and not allocated: the officer's and senior's to open, other staff's only with a purpose. */
    private static String person;

    @BeforeAll
    static void fixtures() {
        document = PlatformDocument.fromGateway();
        person = register("Sweep");
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 1. The role x operation matrix
    // ---------------------------------------------------------------------------------------------------------------

    /** What a caller should get, as far as authorisation goes. */
    enum Outcome {
        THROUGH("through (2xx, or a 4xx about the request)"), UNAUTHENTICATED("401"), FORBIDDEN("403 role"),
        NEED_TO_KNOW("403 need-to-know"), NOT_YOURS("403 someone else's record"), UNDISCLOSED("404"), BROKEN("5xx");

        final String shown;

        Outcome(String shown) {
            this.shown = shown;
        }

        static Outcome of(Answer answer) {
            return switch (answer.status()) {
                case 401 -> UNAUTHENTICATED;
                case 403 -> answer.type().endsWith("/forbidden") ? FORBIDDEN
                        : answer.type().endsWith("/not-yours") ? NOT_YOURS : NEED_TO_KNOW;
                case 404 -> UNDISCLOSED;
                default -> answer.status() >= 500 ? BROKEN : THROUGH;
            };
        }
    }

    /** A caller in the matrix: a user (or nobody), the person they ask about, and the purpose they declare. */
    record Caller(String name, Optional<String> user, String crn, Optional<String> purpose) {
    }

    @Test
    void everyOperationAnswersEveryCallerAsItsRolesAndNeedToKnowSay_fromTheGatheredOpenApiDocument() throws Exception {
        assertThat(document.unavailable()).as("services missing from the gathered document")
                .containsExactly(JSON.getNodeFactory().textNode("absent-service"));
        List<String> unexplainedPublic = document.operations().stream().filter(Operation::open).map(Operation::toString)
                .filter(op -> !PUBLIC.contains(op)).toList();
        assertThat(unexplainedPublic).as("operations without a security requirement that are not known public ones")
                .isEmpty();
        String otherTeams = allocatedToAnotherTeam();
        List<Caller> callers = new ArrayList<>();
        callers.add(new Caller("nobody", Optional.empty(), person, Optional.empty()));
        USERS.keySet().forEach(user -> callers.add(new Caller(user, Optional.of(user), person, Optional.empty())));
        Caller otherTeam = new Caller("officer, another team's case", Optional.of("officer"), otherTeams, Optional.empty());
        Caller otherTeamWithPurpose = new Caller("officer, another team's case, X-Purpose", Optional.of("officer"),
                otherTeams, Optional.of(PURPOSE));

        Instant started = Instant.now();
        List<Cell> cells = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<List<Cell>>> rows = new ArrayList<>();
            for (Operation operation : document.operations()) {
                List<Caller> row = new ArrayList<>(callers);
                if (operation.onAPerson()) {
                    row.add(otherTeam);
                    row.add(otherTeamWithPurpose);
                }
                rows.add(pool.submit(() -> row.stream().map(caller -> cell(operation, caller)).toList()));
            }
            for (Future<List<Cell>> row : rows) {
                cells.addAll(row.get());
            }
        }
        System.out.printf("[security sweep] matrix: %d operations, %d cells in %d ms%n", document.operations().size(),
                cells.size(), Duration.between(started, Instant.now()).toMillis());
        writeMatrix(cells, callers.stream().map(Caller::name).toList(), List.of(otherTeam.name(), otherTeamWithPurpose.name()));
        assertThat(cells).hasSizeGreaterThan(2_000);
        List<String> disagreements = cells.stream().filter(cell -> !cell.agrees()).map(Cell::row).toList();
        assertThat(disagreements).as("cells that disagree (the whole matrix: target/security-sweep-matrix.md):%n"
                + "| operation | caller | expected | answered |%n%s", String.join("\n", disagreements)).isEmpty();
    }

    /** One cell of the matrix: what the caller should get from the operation, and what it got. */
    record Cell(Operation operation, Caller caller, Outcome expected, Answer answer, boolean agrees) {

        String row() {
            boolean problem = answer.status() < 400 || answer.contentType().startsWith(PROBLEM);
            return "| " + operation + " | " + caller.name() + " | " + expected.shown + " | " + answer.status()
                    + (answer.status() >= 400 ? " " + answer.type() : "") + (problem ? "" : " as " + answer.contentType())
                    + " |";
        }
    }

    private static Cell cell(Operation operation, Caller caller) {
        Outcome expected = expected(operation, caller);
        Answer answer = call(operation.method(), operation.uri(caller.crn()), caller.user().map(Tokens::of),
                Optional.of("{}"), caller.purpose());
        Outcome actual = Outcome.of(answer);
        // an id the sweep made up names nothing, or no record of the caller's: a 404 or a "not yours" is the operation running
        boolean madeUpId = operation.parameters().stream().anyMatch(name -> !name.equals("crn"));
        boolean agrees = actual == expected || (expected == Outcome.THROUGH && madeUpId
                && (actual == Outcome.UNDISCLOSED || actual == Outcome.NOT_YOURS));
        boolean problem = answer.status() < 400 || answer.contentType().startsWith(PROBLEM);
        return new Cell(operation, caller, expected, answer, agrees && problem);
    }

    /** The whole matrix for reading: an operation a row, a caller a column, each answer's status (! where it disagrees). */
    private static void writeMatrix(List<Cell> cells, List<String> callers, List<String> onAPerson) throws IOException {
        List<String> columns = new ArrayList<>(callers);
        columns.addAll(onAPerson);
        StringBuilder table = new StringBuilder("# Security sweep: role x operation through the gateway\n\n"
                + "Each cell is the status answered; `!` marks a cell that disagrees with what the operation's roles and "
                + "need-to-know say. Roles are the scopes of each operation's security requirement in the gathered "
                + "OpenAPI document.\n\n| operation | roles | " + String.join(" | ", columns) + " |\n|"
                + " --- |".repeat(columns.size() + 2) + "\n");
        Map<Operation, Map<String, Cell>> rows = new LinkedHashMap<>();
        cells.forEach(cell -> rows.computeIfAbsent(cell.operation(), op -> new LinkedHashMap<>()).put(cell.caller().name(), cell));
        rows.forEach((operation, row) -> {
            table.append("| ").append(operation).append(" | ")
                    .append(operation.open() ? "public" : operation.roles().isEmpty() ? "any signed-in" : String.join(", ", operation.roles()));
            for (String column : columns) {
                Cell cell = row.get(column);
                table.append(" | ").append(cell == null ? "" : cell.answer().status() + (cell.agrees() ? "" : "!"));
            }
            table.append(" |\n");
        });
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "security-sweep-matrix.md"), table);
    }

    private static Outcome expected(Operation operation, Caller caller) {
        if (caller.user().isEmpty()) {
            return operation.open() ? Outcome.THROUGH : Outcome.UNAUTHENTICATED;
        }
        String user = caller.user().get();
        if (!operation.allows(Set.of(USERS.get(user)))) {
            return Outcome.FORBIDDEN;
        }
        if (!operation.onAPerson()) {
            return Outcome.THROUGH;
        }
        // issue 13 §3-4: a person not shared with a partner's agency, or not the person on probation's own, is not disclosed
        if (user.equals("partner-police") || user.equals("pop")) {
            return Outcome.UNDISCLOSED;
        }
        // issue 13 §1: staff see their caseload and team's (an unallocated case is anyone's in probation), else say why
        boolean caseload = (user.equals("officer") || user.equals("senior")) && caller.crn().equals(person);
        return caseload || caller.purpose().isPresent() ? Outcome.THROUGH : Outcome.NEED_TO_KNOW;
    }

    /**
     * A person allocated to an officer of team N02 (the local officer and senior are N01), once every service's access
     * register knows it.
     */
    private static String allocatedToAnotherTeam() {
        String crn = register("Elsewhere");
        given().baseUri(RunningPlatform.gateway().url()).auth().oauth2(Tokens.of("conduct")).contentType(ContentType.JSON)
                .body("""
                        {"staffId": "sweep-n02", "name": "Nia Elsewhere", "role": "probation-officer", "team": "N02"}""")
                .when().post("/api/conduct/staff").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                given().baseUri(RunningPlatform.gateway().url()).auth().oauth2(Tokens.of("senior"))
                        .contentType(ContentType.JSON)
                        .body("{\"staffId\": \"sweep-n02\", \"team\": \"N02\", \"reason\": \"lives in N02's area\"}")
                        .when().put("/api/case/people/" + crn + "/allocation").then().statusCode(200));
        // each service hears of the allocation from case-service's events: until then the case looks unallocated there
        for (Operation read : firstReadOfAPersonPerService(Set.of("probation-officer"))) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    assertThat(Outcome.of(call("GET", read.uri(crn), Optional.of(Tokens.of("officer")), Optional.empty(),
                            Optional.empty()))).as(read.toString()).isEqualTo(Outcome.NEED_TO_KNOW));
        }
        return crn;
    }

    /** For each service, a read of one person (no other parameter) that the role may make. */
    private static List<Operation> firstReadOfAPersonPerService(Set<String> roles) {
        Map<String, Operation> reads = new LinkedHashMap<>();
        document.operations().stream()
                .filter(op -> op.method().equals("get") && op.onAPerson() && op.parameters().size() == 1)
                .filter(op -> !op.roles().isEmpty() && op.allows(roles))
                .forEach(op -> reads.putIfAbsent(service(op), op));
        return List.copyOf(reads.values());
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 2. Cross-agency id guessing
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void aPartnerGuessingAnotherAgencysPersonAndIdsLearnsNothing_every404AsForNoOne_issue13_3() throws Exception {
        String shared = register("Shared");
        given().baseUri(RunningPlatform.gateway().url()).auth().oauth2(Tokens.of("senior")).contentType(ContentType.JSON)
                .body("{\"agencyId\": \"housing-1\", \"name\": \"Housing options\", \"kind\": \"HOUSING\"}")
                .when().post("/api/case/partner-agencies").then().statusCode(org.hamcrest.Matchers.oneOf(201, 409));
        String agreement = given().baseUri(RunningPlatform.gateway().url()).auth().oauth2(Tokens.of("officer"))
                .contentType(ContentType.JSON).body("""
                        {"agency": "housing-1", "scope": ["APPOINTMENTS", "SENTENCE_PLAN", "RISK_SUMMARY", "CONTACT_DETAILS"],
                         "basis": "CONSENT", "rationale": "consent recorded at induction", "expiresOn": "%s"}"""
                        .formatted(LocalDate.now().plusDays(30)))
                .when().post("/api/case/people/" + shared + "/sharing-agreements").then().statusCode(201)
                .extract().path("agreementId");
        String referral = given().baseUri(RunningPlatform.gateway().url()).auth().oauth2(Tokens.of("officer"))
                .contentType(ContentType.JSON)
                .body("{\"agency\": \"housing-1\", \"service\": \"tenancy support\", \"reason\": \"no fixed abode\"}")
                .when().post("/api/case/people/" + shared + "/plan/referrals").then().statusCode(201)
                .extract().path("referralId");
        // the share is real: housing reads the person in every service that shows partners anything
        for (Operation read : firstReadOfAPersonPerService(Set.of("partner-agency"))) {
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).untilAsserted(() ->
                    assertThat(call("GET", read.uri(shared), Optional.of(Tokens.of("partner-housing")), Optional.empty(),
                            Optional.empty()).status()).as("partner-housing: " + read).isEqualTo(200));
        }

        Map<String, String> housingIds = Map.of("crn", shared, "agreementId", agreement, "referralId", referral);
        String neverWas = "Q" + String.format("%06d", new java.util.Random().nextInt(1_000_000));
        List<String> disclosed = new ArrayList<>();
        int guesses = 0;
        for (Operation operation : document.operations()) {
            if (operation.open() || operation.parameters().isEmpty()) {
                continue;
            }
            Answer guessed = call(operation.method(), operation.uri(name -> Optional.ofNullable(housingIds.get(name))),
                    Optional.of(Tokens.of("partner-police")), Optional.of("{}"), Optional.empty());
            Answer nothing = call(operation.method(), operation.uri(name -> name.equals("crn") ? Optional.of(neverWas)
                    : Optional.empty()), Optional.of(Tokens.of("partner-police")), Optional.of("{}"), Optional.empty());
            guesses++;
            // what reaches housing-1's person is not found for police-1; any other refusal is the same as for no one
            boolean reachesThePerson = operation.parameters().stream().anyMatch(housingIds::containsKey);
            boolean permitted = operation.allows(Set.of("partner-agency"));
            if ((permitted && reachesThePerson && guessed.status() != 404) || guessed.status() != nothing.status()
                    || !guessed.type().equals(nothing.type()) || !guessed.contentType().startsWith(PROBLEM)) {
                disclosed.add("| " + operation + " | " + guessed.status() + " " + guessed.type() + " | " + nothing.status()
                        + " " + nothing.type() + " |");
            }
        }
        // lists and searches a partner may call never name the other agency's person
        for (Operation list : document.operations()) {
            if (list.method().equals("get") && list.parameters().isEmpty() && !list.open()
                    && list.allows(Set.of("partner-agency"))) {
                guesses++;
                Answer answer = call("GET", list.path() + "?crn=" + shared, Optional.of(Tokens.of("partner-police")),
                        Optional.empty(), Optional.empty());
                if (answer.body().contains(shared)) {
                    disclosed.add("| " + list + "?crn= | " + answer.status() + " names the person | |");
                }
            }
        }
        assertThat(guesses).isGreaterThan(100);
        assertThat(disclosed).as("answers to police-1 that differ for housing-1's person and ids from a person that never "
                + "was:%n| operation | housing-1's person | no one |%n%s", String.join("\n", disclosed)).isEmpty();

        // nor through timing: the 404 for housing-1's person takes as long as the 404 for no one
        Operation read = firstReadOfAPersonPerService(Set.of("partner-agency")).getFirst();
        Timing timing = Timing.of(crn -> call("GET", read.uri(crn), Optional.of(Tokens.of("partner-police")),
                Optional.empty(), Optional.empty()), shared, neverWas, 20);
        System.out.printf("[security sweep] partner 404 median on %s: housing-1's person %.1f ms, no one %.1f ms%n",
                read, timing.shared(), timing.never());
        // generous: a real disclosure (a database read, a decryption) would show as tens of milliseconds at every call
        assertThat(Math.abs(timing.shared() - timing.never())).as("difference of median latencies, ms")
                .isLessThan(Math.max(15.0, Math.min(timing.shared(), timing.never())));
    }

    /** Median latencies of the same refusal for a person shared with another agency and for one that never was. */
    record Timing(double shared, double never) {

        static Timing of(Function<String, Answer> read, String shared, String never, int calls) {
            List<Long> forShared = new ArrayList<>();
            List<Long> forNever = new ArrayList<>();
            for (int i = 0; i < calls + 5; i++) {
                // interleaved, so that whatever else the machine does weighs on both alike; the first five warm up
                long a = time(read, shared, 404);
                long b = time(read, never, 404);
                if (i >= 5) {
                    forShared.add(a);
                    forNever.add(b);
                }
            }
            return new Timing(median(forShared), median(forNever));
        }

        private static long time(Function<String, Answer> read, String crn, int expected) {
            long start = System.nanoTime();
            Answer answer = read.apply(crn);
            long took = System.nanoTime() - start;
            assertThat(answer.status()).isEqualTo(expected);
            return took;
        }

        private static double median(List<Long> nanos) {
            List<Long> sorted = nanos.stream().sorted().toList();
            return sorted.get(sorted.size() / 2) / 1_000_000.0;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 3. Tokens that must not pass, at the gateway and at each service
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void expiredAlteredUnsignedAndForeignTokensAre401ProblemsAtTheGatewayAndAtEachService() throws Exception {
        Map<String, String> refused = new LinkedHashMap<>();
        String[] parts = Tokens.of("officer").split("\\.");
        refused.put("altered signature", parts[0] + "." + parts[1] + "." + flipped(parts[2]));
        String escalated = new String(Base64.getUrlDecoder().decode(parts[1])).replace("probation-officer", "chief-executive");
        refused.put("altered claims", parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(escalated.getBytes()) + "." + parts[2]);
        refused.put("alg none", Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes()) + "." + parts[1] + ".");
        refused.put("another realm's", anotherRealmsToken());
        refused.put("expired", expiredToken());

        List<ProtectedRead> reads = protectedReads();
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> token : refused.entrySet()) {
            for (ProtectedRead target : reads) {
                Answer answer = call("GET", target.path(), target.base(), Optional.of(token.getValue()),
                        Optional.empty(), Optional.empty());
                if (answer.status() != 401 || !answer.contentType().startsWith(PROBLEM)) {
                    wrong.add(token.getKey() + " at " + target.base() + target.path() + ": " + answer.status() + " "
                            + answer.contentType());
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** A read at the gateway or a service that the user's own valid token may make. */
    record ProtectedRead(String base, String path, String user) {
    }

    /** The gateway and each service, each with a read of a person (or a list) a local user may make. */
    private static List<ProtectedRead> protectedReads() {
        List<ProtectedRead> reads = new ArrayList<>();
        reads.add(new ProtectedRead(RunningPlatform.gateway().url(), "/api/case/people/" + person, "officer"));
        for (RunningService service : RunningPlatform.services().behindTheGateway()) {
            String prefix = prefixOf(service);
            document.operations().stream()
                    .filter(op -> op.method().equals("get") && op.path().startsWith(prefix + "/") && !op.open())
                    .filter(op -> op.parameters().stream().allMatch("crn"::equals) && !op.roles().isEmpty())
                    .flatMap(op -> USERS.entrySet().stream().filter(user -> op.allows(Set.of(user.getValue())))
                            .filter(user -> !op.onAPerson() || Set.of("officer", "senior").contains(user.getKey()))
                            .map(user -> new ProtectedRead(service.url(), op.uri(person).substring(prefix.length()),
                                    user.getKey())))
                    .filter(read -> call("GET", read.path(), read.base(), Optional.of(Tokens.of(read.user())),
                            Optional.empty(), Optional.empty()).status() == 200)
                    .findFirst().ifPresent(reads::add);
        }
        assertThat(reads).as("a read each user's own token passes, at the gateway and each service").hasSize(5);
        return reads;
    }

    /** An access token from a client of the desist realm whose tokens live 10 seconds, once it has lapsed. */
    private static String expiredToken() throws InterruptedException {
        JsonNode cli = KeycloakAdmin.get("/desist/clients?clientId=desist-cli").get(0);
        ObjectNode client = JSON.createObjectNode().put("clientId", "sweep-short-" + UUID.randomUUID())
                .put("publicClient", true).put("directAccessGrantsEnabled", true).put("standardFlowEnabled", false);
        client.putObject("attributes").put("access.token.lifespan", "10");
        client.set("protocolMappers", withoutIds(cli.path("protocolMappers")));
        KeycloakAdmin.post("/desist/clients", client);
        try {
            JsonNode grant = KeycloakAdmin.passwordGrant("desist", client.get("clientId").asText(), "officer", "desist");
            String token = grant.get("access_token").asText();
            assertThat(grant.get("expires_in").asInt()).isLessThanOrEqualTo(10);
            // while it lives it is a good token: only its age refuses it below
            assertThat(call("GET", "/api/case/people/" + person, Optional.of(token), Optional.empty(), Optional.empty())
                    .status()).as("the short-lived token before it lapses").isEqualTo(200);
            long exp = JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[1])).get("exp").asLong();
            Thread.sleep(Math.max(0, (exp + 2) * 1000 - System.currentTimeMillis()));
            return token;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } finally {
            JsonNode made = KeycloakAdmin.get("/desist/clients?clientId=" + client.get("clientId").asText());
            made.forEach(c -> KeycloakAdmin.delete("/desist/clients/" + c.get("id").asText()));
        }
    }

    /**
     * An access token from a throwaway realm on the same Keycloak, made to look like the platform's (the audience
     * {@code desist}, the officer's role and name): only its issuer and signing key differ.
     */
    private static String anotherRealmsToken() {
        String realm = "sweep-" + UUID.randomUUID().toString().substring(0, 8);
        JsonNode cli = KeycloakAdmin.get("/desist/clients?clientId=desist-cli").get(0);
        ObjectNode representation = JSON.createObjectNode().put("realm", realm).put("enabled", true);
        representation.putObject("roles").putArray("realm").addObject().put("name", "probation-officer");
        ObjectNode user = representation.putArray("users").addObject().put("username", "officer").put("enabled", true)
                .put("email", "officer@" + realm + ".invalid").put("emailVerified", true).put("firstName", "Olu")
                .put("lastName", "Officer");
        user.putArray("realmRoles").add("probation-officer");
        user.putArray("credentials").addObject().put("type", "password").put("value", "desist").put("temporary", false);
        user.putObject("attributes").putArray("team").add("N01");
        ObjectNode client = representation.putArray("clients").addObject().put("clientId", "desist-cli")
                .put("publicClient", true).put("directAccessGrantsEnabled", true);
        client.set("protocolMappers", withoutIds(cli.path("protocolMappers")));
        KeycloakAdmin.post("", representation);
        try {
            return KeycloakAdmin.passwordGrant(realm, "desist-cli", "officer", "desist").get("access_token").asText();
        } finally {
            KeycloakAdmin.delete("/" + realm);
        }
    }

    private static ArrayNode withoutIds(JsonNode mappers) {
        ArrayNode copies = JSON.createArrayNode();
        mappers.forEach(mapper -> copies.add(((ObjectNode) mapper.deepCopy()).without("id")));
        return copies;
    }

    private static String flipped(String signature) {
        char last = signature.charAt(signature.length() / 2);
        char other = last == 'A' ? 'B' : 'A';
        return signature.substring(0, signature.length() / 2) + other + signature.substring(signature.length() / 2 + 1);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // 4. Bodies: malformed, wrongly typed, oversized
    // ---------------------------------------------------------------------------------------------------------------

    @Test
    void malformedAndWronglyTypedBodiesAre400Problems_andOversizedOnes413_atEveryWrite() throws Exception {
        // the person on probation writes only on their own record: for this test, the sweep's person
        String popCrn = KeycloakUsers.setAttribute("pop", "crn", person);
        try {
            List<String> wrong = new ArrayList<>();
            int sent = 0;
            byte[] oversized = ("{\"notes\": \"" + "x".repeat(1_100_000) + "\"}").getBytes();
            for (Operation operation : document.operations()) {
                if (operation.body().isEmpty() || operation.method().equals("get")) {
                    continue;
                }
                Optional<String> writer = USERS.entrySet().stream()
                        .filter(user -> operation.allows(Set.of(user.getValue())) && !user.getKey().equals("partner-police"))
                        .map(Map.Entry::getKey).findFirst();
                if (writer.isEmpty()) {
                    wrong.add(operation + ": no local user may call it");
                    continue;
                }
                Optional<String> token = Optional.of(Tokens.of(writer.get()));
                String uri = operation.uri(person);
                Map<String, String> bodies = new LinkedHashMap<>();
                bodies.put("truncated JSON", "{\"a\": ");
                bodies.put("not JSON", "not json at all");
                bodies.put("a list for an object", "[]");
                bodies.put("trailing garbage", document.bodyOf(operation.body().get(), "fine") + " }");
                document.wronglyTyped(operation.body().get()).forEach((field, value) -> {
                    ObjectNode body = (ObjectNode) document.bodyOf(operation.body().get(), "fine");
                    bodies.put(field + " of the wrong type", body.set(field, value).toString());
                });
                for (Map.Entry<String, String> body : bodies.entrySet()) {
                    Answer answer = call(operation.method(), uri, token, Optional.of(body.getValue()), Optional.of(PURPOSE));
                    sent++;
                    if (answer.status() != 400 || !answer.contentType().startsWith(PROBLEM)) {
                        wrong.add(operation + " as " + writer.get() + ", " + body.getKey() + ": " + answer.status() + " "
                                + answer.type());
                    }
                }
                for (boolean chunked : new boolean[] {false, true}) {
                    Answer answer = send(operation.method(), uri, token, oversized, chunked);
                    sent++;
                    if (answer.status() != 413 || !answer.contentType().startsWith(PROBLEM)) {
                        wrong.add(operation + " as " + writer.get() + ", 1.1 MB" + (chunked ? " chunked" : "") + ": "
                                + answer.status() + " " + answer.contentType());
                    }
                }
            }
            System.out.printf("[security sweep] bodies: %d requests%n", sent);
            assertThat(sent).isGreaterThan(300);
            assertThat(wrong).isEmpty();
        } finally {
            KeycloakUsers.setAttribute("pop", "crn", popCrn);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Injection strings
    // ---------------------------------------------------------------------------------------------------------------

    /**
     * Injection strings in every text field of every request the OpenAPI document gives a body of, built from its
     * schema, through the gateway, as an officer and a senior on a registered person — refused or kept, never a 5xx.
     */
    @Test
    void injectionStringsInEveryTextFieldAreRefusedOrKeptButNeverA5xx() {
        String crn = register("Inject");
        String[] injections = {"'; DROP TABLE events; --", "<script>alert(1)</script>", "${jndi:ldap://x/a}",
                "{{7*7}}", "../../etc/passwd", "\u202Eevil", "x".repeat(5_000)};
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (Operation operation : document.operations()) {
            if (operation.body().isEmpty()) {
                continue;
            }
            for (String injection : injections) {
                String body = document.bodyOf(operation.body().get(), injection).toString();
                for (String user : new String[] {"officer", "senior"}) {
                    Answer answer = call(operation.method(), operation.uri(crn), Optional.of(Tokens.of(user)),
                            Optional.of(body), Optional.empty());
                    sent++;
                    if (answer.status() >= 500 || (answer.status() >= 400 && !answer.contentType().startsWith(PROBLEM))) {
                        wrong.add(operation + " as " + user + " with " + injection.substring(0, Math.min(20,
                                injection.length())) + ": " + answer.status() + " " + answer.contentType());
                    }
                }
            }
        }
        assertThat(sent).isGreaterThan(100);
        assertThat(wrong).isEmpty();
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** An answer as the sweep judges it: status, media type, the problem's {@code type} if any, and the body. */
    record Answer(int status, String contentType, String type, String body) {
    }

    private static Answer call(String method, String uri, Optional<String> token, Optional<String> body,
            Optional<String> purpose) {
        return call(method, uri, RunningPlatform.gateway().url(), token, body, purpose);
    }

    private static Answer call(String method, String uri, String base, Optional<String> token, Optional<String> body,
            Optional<String> purpose) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + uri)).timeout(Duration.ofSeconds(30))
                .method(method.toUpperCase(), body.map(HttpRequest.BodyPublishers::ofString)
                        .orElse(HttpRequest.BodyPublishers.noBody()));
        body.ifPresent(b -> request.header("Content-Type", "application/json"));
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        purpose.ifPresent(p -> request.header("X-Purpose", p));
        return answer(request);
    }

    /** A body of known length (Content-Length), or of unknown length (chunked), as a client may send either. */
    private static Answer send(String method, String uri, Optional<String> token, byte[] body, boolean chunked) {
        HttpRequest.BodyPublisher publisher = chunked
                ? HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))
                : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningPlatform.gateway().url() + uri))
                .timeout(Duration.ofSeconds(30)).method(method.toUpperCase(), publisher)
                .header("Content-Type", "application/json").header("X-Purpose", PURPOSE);
        token.ifPresent(t -> request.header("Authorization", "Bearer " + t));
        return answer(request);
    }

    private static Answer answer(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            String contentType = response.headers().firstValue("Content-Type").orElse("none");
            String type = "";
            if (contentType.startsWith(PROBLEM)) {
                type = JSON.readTree(response.body()).path("type").asText("");
            }
            return new Answer(response.statusCode(), contentType, type, response.body());
        } catch (IOException e) {
            return new Answer(-1, "none (" + e + ")", "", "");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String register(String lastName) {
        return given().baseUri(RunningPlatform.gateway().url()).auth().oauth2(Tokens.of("officer"))
                .contentType(ContentType.JSON)
                .body("{\"firstName\": \"Jo\", \"lastName\": \"" + lastName + "\", \"dateOfBirth\": \"1988-03-14\", "
                        + "\"sex\": \"MALE\"}")
                .when().post("/api/case/people").then().statusCode(201).extract().path("crn");
    }

    private static String service(Operation operation) {
        return operation.path().split("/")[2];
    }

    private static String prefixOf(RunningService service) {
        RunningPlatform.Services services = RunningPlatform.services();
        return service == services.caseService() ? "/api/case" : service == services.riskService() ? "/api/risk"
                : service == services.conductService() ? "/api/conduct" : "/api/reports";
    }

    private static Map<String, String> users(String... pairs) {
        Map<String, String> users = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            users.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(users);
    }
}
