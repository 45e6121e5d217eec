package org.desist.eventstore.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import jakarta.ws.rs.core.Response.Status;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.desist.eventstore.ExpectedVersion;
import org.desist.eventstore.WrongExpectedVersion;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Every operation's answers, said once for both services: the errors any request can meet (400, 401, 403, 404, 409
 * for a stale If-Match, 413, 503) as problem+json with examples built from the kernel's own problems, and the ETag on
 * a versioned write's success. An operation declares only what differs: its success code and, in its 409's
 * description, the rules it can refuse by, each in backticks (an example is added per rule).
 */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class StandardResponses implements OASFilter {

    private static final ObjectMapper JSON = new ObjectMapper().setSerializationInclusion(JsonInclude.Include.NON_NULL);
    private static final Pattern RULE = Pattern.compile("`([a-z0-9-]+)`");
    private static final String IF_MATCH = "If-Match";
    private static final String PROBLEM_SCHEMA = "#/components/schemas/Problem";
    /** Descriptions the scanner writes when it knows nothing better: ours replace them. */
    private static final Set<String> GENERIC = Set.of("OK", "Bad Request", "Not Authorized", "Not Allowed", "Not Found",
            "Conflict", "Created", "No Content");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> describe(path, method, operation)));
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema("Problem", problemSchema());
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        APIResponses responses = operation.getResponses();
        List<Parameter> parameters = Optional.ofNullable(operation.getParameters()).orElse(List.of());
        Optional<Parameter> ifMatch = parameters.stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && IF_MATCH.equalsIgnoreCase(p.getName())).findFirst();
        boolean body = operation.getRequestBody() != null;
        boolean secured = operation.getSecurity() != null && !operation.getSecurity().isEmpty()
                || responses.hasAPIResponse("401");

        ifMatch.ifPresent(parameter -> {
            parameter.setDescription("The ETag you last read: the record's version. A stale one is refused (409 "
                    + "stale-version) and nothing is written; leave it out to write on the record as it stands.");
            responses.getAPIResponses().forEach((code, response) -> {
                if (code.startsWith("2")) {
                    response.addHeader("ETag", OASFactory.createHeader().schema(OASFactory.createSchema()
                            .addType(Schema.SchemaType.STRING)).description("The record's version after the write: "
                                    + "send it as If-Match with the next write").example("\"4\""));
                }
            });
        });
        if (body || !parameters.isEmpty()) {
            problem(responses, "400", "A field is invalid: the problem names it and the rule it broke",
                    Map.of("invalid-field", Problem.of(Status.BAD_REQUEST, "invalid-field", "Invalid reason",
                            "reason: must not be blank").withField("reason", "NotBlank")));
        }
        if (secured) {
            problem(responses, "401", "No access token, or one not issued for the platform",
                    Map.of("unauthenticated", AccessRefused.noToken()));
            problem(responses, "403", "The token's roles do not allow this",
                    Map.of("forbidden", AccessRefused.forbidden(roles(operation))));
        }
        if (path.contains("{")) {
            problem(responses, "404", "Nothing is known by an identifier in the path",
                    Map.of("not-found", Problem.of(Status.NOT_FOUND, "not-found", "Not found",
                            "no person X123456 is known")));
        }
        if (ifMatch.isPresent() || responses.hasAPIResponse("409")) {
            conflicts(responses, ifMatch.isPresent());
        }
        if (body) {
            problem(responses, "413", "The body is over the size limit", Map.of("body-too-large",
                    BodyLimit.tooLarge("the request body has 2000000 bytes; the limit is 1048576: shorten the text "
                            + "fields", 1_048_576)));
        }
        problem(responses, "503", "Busy: nothing was done; retry after the Retry-After seconds",
                Map.of("overloaded", InFlightLimit.overloaded()));
    }

    /** 409: each rule the operation's description names in backticks, and a stale If-Match where one is taken. */
    private static void conflicts(APIResponses responses, boolean versioned) {
        Map<String, Problem> examples = new LinkedHashMap<>();
        String described = Optional.ofNullable(responses.getAPIResponse("409")).map(APIResponse::getDescription)
                .filter(d -> !GENERIC.contains(d)).orElse("");
        Matcher rules = RULE.matcher(described);
        while (rules.find()) {
            examples.put(rules.group(1), Problem.of(Status.CONFLICT, rules.group(1), "Refused by a rule",
                    "refused by " + rules.group(1) + ": the detail says why and what to do instead")
                    .withField(null, rules.group(1)));
        }
        if (versioned) {
            examples.put("stale-version", ProblemMappers.stale(new WrongExpectedVersion("X123456",
                    ExpectedVersion.exactly(3), 4)));
            described = described.isEmpty() ? "The record changed since you read it (stale If-Match): nothing was "
                    + "written" : described + "; or the record changed since you read it (stale If-Match)";
        }
        problem(responses, "409", described, examples);
        responses.getAPIResponse("409").setDescription(described);
    }

    private static void problem(APIResponses responses, String code, String description, Map<String, Problem> examples) {
        APIResponse response = responses.getAPIResponse(code);
        if (response == null) {
            response = OASFactory.createAPIResponse();
            responses.addAPIResponse(code, response);
        }
        if (response.getDescription() == null || GENERIC.contains(response.getDescription())) {
            response.setDescription(description);
        }
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_SCHEMA));
        examples.forEach((name, problem) -> media.addExample(name, OASFactory.createExample()
                .value(JSON.convertValue(problem, Map.class))));
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, media));
    }

    private static List<String> roles(Operation operation) {
        return Optional.ofNullable(operation.getSecurity()).orElse(List.of()).stream()
                .flatMap(requirement -> requirement.getSchemes().values().stream()).flatMap(List::stream)
                .distinct().toList();
    }

    private static Schema problemSchema() {
        Schema text = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details, naming the failing field, the rule it broke and the rule's source")
                .addProperty("type", text).addProperty("title", text)
                .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER))
                .addProperty("detail", text).addProperty("field", text).addProperty("rule", text)
                .addProperty("source", text)
                .addProperty("errors", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                .addProperty("field", text).addProperty("rule", text).addProperty("message", text)));
    }
}
