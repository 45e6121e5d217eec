package org.desist.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.desist.gateway.openapi.OpenApiMerge.ServiceDocument;
import org.junit.jupiter.api.Test;

class OpenApiMergeTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode document(String path, String schemaDescription, String scheme) throws Exception {
        return JSON.readTree("""
                {"openapi": "3.1.0", "info": {"title": "t", "version": "1"}, "security": [{"%s": []}],
                 "paths": {"%s": {"get": {"responses": {"200": {"description": "ok",
                   "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Person"}}}}}}}},
                 "components": {"schemas": {"Person": {"description": "%s"}},
                   "securitySchemes": {"%s": {"type": "http", "scheme": "bearer"}}}}
                """.formatted(scheme, path, schemaDescription, scheme));
    }

    @Test
    void theSameSchemeNamedByTwoServicesIsOneScheme_andEachOperationKeepsItsServicesSecurity() throws Exception {
        JsonNode merged = OpenApiMerge.merge(List.of(
                ServiceDocument.of("case-service", "/api/case", document("/people", "case", "SecurityScheme")),
                ServiceDocument.of("risk-service", "/api/risk", document("/tiers", "case", "SecurityScheme"))), "all");
        assertThat(merged.at("/components/securitySchemes").size()).isEqualTo(1);
        assertThat(merged.at("/paths/~1api~1risk~1tiers/get/security/0").has("SecurityScheme")).isTrue();
        // identical schemas are one schema, not renamed
        assertThat(merged.at("/components/schemas").size()).isEqualTo(1);
    }

    @Test
    void differingSchemasOfOneNameAreKeptApart_andReferencesFollow() throws Exception {
        JsonNode merged = OpenApiMerge.merge(List.of(
                ServiceDocument.of("case-service", "/api/case", document("/people", "case", "s")),
                ServiceDocument.of("risk-service", "/api/risk", document("/people", "risk", "s"))), "all");
        assertThat(merged.at("/components/schemas/Person/description").asText()).isEqualTo("case");
        assertThat(merged.at("/components/schemas/risk-service_Person/description").asText()).isEqualTo("risk");
        assertThat(merged.at("/paths/~1api~1risk~1people/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/risk-service_Person");
        assertThat(merged.at("/paths/~1api~1case~1people/get/responses/200/content/application~1json/schema/$ref").asText())
                .isEqualTo("#/components/schemas/Person");
    }

    @Test
    void aMissingServiceIsNamedInTheDocument() throws Exception {
        JsonNode merged = OpenApiMerge.merge(List.of(
                ServiceDocument.of("case-service", "/api/case", document("/people", "case", "s")),
                ServiceDocument.missing("reporting-service", "/api/reports", "it did not answer")), "all");
        assertThat(merged.at("/x-desist-unavailable/0").asText()).isEqualTo("reporting-service");
        assertThat(merged.at("/info/description").asText()).contains("reporting-service is missing (it did not answer)");
    }
}
