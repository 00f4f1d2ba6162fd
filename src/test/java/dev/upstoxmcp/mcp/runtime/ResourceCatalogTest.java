package dev.upstoxmcp.mcp.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import dev.upstoxmcp.mcp.Resource;
import io.modelcontextprotocol.json.McpJsonDefaults;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.Test;

class ResourceCatalogTest {

    static final ReferenceSample BEAN = new ReferenceSample();

    static ResourceDefinition definition(String uri) {
        return ResourceIntrospector.definitionsOf(ReferenceSample.class).stream()
                .filter(definition -> definition.uri().equals(uri)).findFirst().orElseThrow();
    }

    static McpSchema.ResourceContents read(String template, String uri) {
        return ResourceCatalog.read(definition(template), BEAN, uri).contents().get(0);
    }

    @Test
    void fixedUrisAndTemplatesWithTheirMimeTypes() {
        List<ResourceDefinition> all = ResourceIntrospector.definitionsOf(ReferenceSample.class);
        assertEquals(List.of("sample://days/{year}/{month}", "sample://fact", "sample://notes", "sample://pixel"),
                all.stream().map(ResourceDefinition::uri).toList());
        assertEquals(List.of("month", "year"), definition("sample://days/{year}/{month}").variables());
        assertEquals("application/json", definition("sample://fact").mimeType());
        assertEquals("text/markdown", definition("sample://notes").mimeType());
        assertEquals("text/plain", definition("sample://days/{year}/{month}").mimeType());
        McpSchema.Resource listed = ResourceCatalog.resourceOf(definition("sample://notes"));
        assertEquals("notes", listed.name());
        assertEquals("Some notes.", listed.description());
    }

    @Test
    void textJsonAndBlobContents() {
        assertEquals("# Notes", ((McpSchema.TextResourceContents) read("sample://notes", "sample://notes")).text());
        assertEquals("{\"item_name\":\"apples\",\"count\":3}",
                ((McpSchema.TextResourceContents) read("sample://fact", "sample://fact")).text());
        McpSchema.BlobResourceContents blob = (McpSchema.BlobResourceContents) read("sample://pixel",
                "sample://pixel");
        assertEquals("AQID", blob.blob());
        assertEquals("image/png", blob.mimeType());
    }

    @Test
    void templateVariablesBindByName() {
        McpSchema.TextResourceContents days = (McpSchema.TextResourceContents) read("sample://days/{year}/{month}",
                "sample://days/2026/11");
        assertEquals("2026-11", days.text());
        assertEquals("sample://days/2026/11", days.uri());
    }

    @Test
    void aRefusedVariableIsResourceNotFoundWithTheReason() {
        McpError error = assertThrows(McpError.class, () -> read("sample://days/{year}/{month}",
                "sample://days/2026/xx"));
        assertEquals(-32002, error.getJsonRpcError().code());
        assertEquals("Resource not found: month must be 1-12; got xx", error.getJsonRpcError().message());
    }

    @Test
    void anUnknownUriListsTheKnownOnes() throws Exception {
        var mapper = new SafeErrorJsonMapper(McpJsonDefaults.getMapper(), List.of("sample://a", "sample://b/{x}"));
        var response = new McpSchema.JSONRPCResponse("2.0", 7, null, new McpSchema.JSONRPCResponse.JSONRPCError(
                -32002, "Resource not found", Map.of("uri", "sample://nope")));
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":7,\"error\":{\"code\":-32002,\"message\":\"Resource not found. "
                + "Known resources: sample://a, sample://b/{x}\",\"data\":{\"uri\":\"sample://nope\","
                + "\"known_resources\":[\"sample://a\",\"sample://b/{x}\"]}}}", mapper.writeValueAsString(response));
    }

    public static class BadResource {
        @Resource(uri = "sample://x/{id}", name = "x", description = "Wrong parameter name.")
        public String x(String key) {
            return key;
        }
    }

    @Test
    void aTemplateParameterMustNameItsVariable() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> ResourceIntrospector.definitionsOf(BadResource.class));
        assertTrue(refused.getMessage().contains("named after a template variable"), refused.getMessage());
    }
}
