package dev.upstoxmcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The resources through a real client on the sandbox server (production configuration: no fixtures). */
class ResourcesIT extends SandboxModeClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    static TextResourceContents read(String uri) {
        McpSchema.ReadResourceResult result = mcp.readResource(new ReadResourceRequest(uri));
        assertEquals(1, result.contents().size());
        TextResourceContents contents = (TextResourceContents) result.contents().get(0);
        assertEquals(uri, contents.uri());
        return contents;
    }

    @Test
    void theServerOffersResourcesAndCompletionWithoutSubscriptions() {
        McpSchema.ServerCapabilities capabilities = mcp.getServerCapabilities();
        assertNotNull(capabilities.resources());
        assertFalse(Boolean.TRUE.equals(capabilities.resources().subscribe()), "production offers no subscriptions");
        assertNotNull(capabilities.completions());
        assertNotNull(capabilities.logging());
    }

    @Test
    void threeResourcesAndOneTemplateAreListedAndNoFixture() {
        List<McpSchema.Resource> resources = mcp.listResources().resources();
        assertEquals(List.of("upstox://glossary", "upstox://instruments/summary", "upstox://market/holidays"),
                resources.stream().map(McpSchema.Resource::uri).sorted().toList());
        assertTrue(resources.stream().allMatch(resource -> resource.description().length() > 40
                && resource.mimeType() != null && resource.title() != null), resources::toString);
        List<McpSchema.ResourceTemplate> templates = mcp.listResourceTemplates().resourceTemplates();
        assertEquals(List.of("upstox://market/holidays/{year}"), templates.stream()
                .map(McpSchema.ResourceTemplate::uriTemplate).toList());
        assertTrue(mcp.listTools().tools().stream().noneMatch(tool -> tool.name().startsWith("test_")));
        assertTrue(mcp.listPrompts().prompts().stream().noneMatch(prompt -> prompt.name().startsWith("test_")));
    }

    @Test
    void instrumentSummaryCountsTheMaster() throws Exception {
        TextResourceContents contents = read("upstox://instruments/summary");
        assertEquals("application/json", contents.mimeType());
        JsonNode summary = JSON.readTree(contents.text());
        assertTrue(summary.path("instruments").asInt() > 0, contents.text());
        assertTrue(summary.path("by_segment").has("NSE_EQ"), contents.text());
        assertEquals("sandbox", summary.path("source").asString());
        assertTrue(summary.path("indices").toString().contains("NSE_INDEX|Nifty 50"));
    }

    @Test
    void holidaysOfThisYearAndByTemplate() throws Exception {
        JsonNode holidays = JSON.readTree(read("upstox://market/holidays").text());
        assertEquals(2026, holidays.path("year").asInt());
        assertTrue(holidays.path("holidays").size() > 5, holidays.toString());
        JsonNode byYear = JSON.readTree(read("upstox://market/holidays/2026").text());
        assertEquals(holidays.path("holidays"), byYear.path("holidays"));
    }

    @Test
    void glossaryIsMarkdown() {
        TextResourceContents glossary = read("upstox://glossary");
        assertEquals("text/markdown", glossary.mimeType());
        assertTrue(glossary.text().startsWith("# Glossary") && glossary.text().contains("**XIRR**"));
    }

    @Test
    void aBadUriIsResourceNotFoundNamingTheKnownOnes() {
        McpError unknown = assertThrows(McpError.class, () -> mcp.readResource(
                new ReadResourceRequest("upstox://nothing/here")));
        assertEquals(-32002, unknown.getJsonRpcError().code());
        assertTrue(unknown.getJsonRpcError().message().contains("upstox://glossary")
                && unknown.getJsonRpcError().message().contains("upstox://market/holidays/{year}"),
                unknown.getJsonRpcError().message());
        McpError otherYear = assertThrows(McpError.class, () -> mcp.readResource(
                new ReadResourceRequest("upstox://market/holidays/2025")));
        assertEquals(-32002, otherYear.getJsonRpcError().code());
        assertTrue(otherYear.getJsonRpcError().message().contains("year must be 2026 or left out"),
                otherYear.getJsonRpcError().message());
        assertEquals("upstox://glossary", read("upstox://glossary").uri(), "the session goes on");
    }

    @Test
    void completionOfPromptArgumentsAndTheTemplateYear() {
        McpSchema.CompleteResult.CompleteCompletion symbols = mcp.completeCompletion(new McpSchema.CompleteRequest(
                new McpSchema.PromptReference("hold_or_sell_review"),
                new McpSchema.CompleteRequest.CompleteArgument("instrument", "TC"))).completion();
        assertEquals("TCS", symbols.values().get(0), symbols.values()::toString);
        assertTrue(symbols.values().stream().allMatch(symbol -> symbol.startsWith("TC")));
        assertTrue(symbols.values().size() <= 100);
        assertEquals(symbols.total() > 100, symbols.hasMore());

        McpSchema.CompleteResult.CompleteCompletion models = mcp.completeCompletion(new McpSchema.CompleteRequest(
                new McpSchema.PromptReference("investment_model_review"),
                new McpSchema.CompleteRequest.CompleteArgument("models", "quality,m"))).completion();
        assertEquals(List.of("quality,momentum"), models.values());
        assertEquals(1, models.total());
        assertFalse(models.hasMore());

        McpSchema.CompleteResult.CompleteCompletion year = mcp.completeCompletion(new McpSchema.CompleteRequest(
                new McpSchema.ResourceReference("upstox://market/holidays/{year}"),
                new McpSchema.CompleteRequest.CompleteArgument("year", "2"))).completion();
        assertEquals(List.of("2026"), year.values());

        McpSchema.CompleteResult.CompleteCompletion many = mcp.completeCompletion(new McpSchema.CompleteRequest(
                new McpSchema.PromptReference("hold_or_sell_review"),
                new McpSchema.CompleteRequest.CompleteArgument("instrument", "A"))).completion();
        assertTrue(many.values().size() <= 100, () -> "at most 100: " + many.values().size());
        assertEquals(many.total() > 100, many.hasMore());
        assertTrue(many.total() >= many.values().size());
    }

    @Test
    void completionOfAnUnknownPromptIsInvalidParams() {
        McpError unknown = assertThrows(McpError.class, () -> mcp.completeCompletion(new McpSchema.CompleteRequest(
                new McpSchema.PromptReference("no_such_prompt"),
                new McpSchema.CompleteRequest.CompleteArgument("x", "x"))));
        assertEquals(McpSchema.ErrorCodes.INVALID_PARAMS, unknown.getJsonRpcError().code());
        assertEquals("upstox://glossary", read("upstox://glossary").uri(), "the session goes on");
    }
}
