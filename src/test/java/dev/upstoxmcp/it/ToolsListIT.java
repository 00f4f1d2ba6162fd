package dev.upstoxmcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public interface: {@code tools/list} equals the golden file (a rename or schema change is a deliberate edit of
 * {@code src/test/resources/golden/tools-list.json}; regenerate with {@code -Dgolden.write=true}), every tool is
 * read-only, documented and has an output schema.
 */
class ToolsListIT {

    static final Path GOLDEN = Path.of("src/test/resources/golden/tools-list.json");
    static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT, SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .build();

    static McpSyncClient mcp;
    static List<Tool> tools;

    @BeforeAll
    static void connect() {
        mcp = TestServers.client(TestServers.sandboxUrl());
        tools = mcp.listTools().tools();
    }

    @AfterAll
    static void disconnect() {
        mcp.closeGracefully();
    }

    @Test
    void toolsListMatchesTheGoldenFile() throws Exception {
        String actual = JSON.writeValueAsString(tools) + "\n";
        if (Boolean.getBoolean("golden.write")) Files.writeString(GOLDEN, actual, StandardCharsets.UTF_8);
        assertEquals(Files.readString(GOLDEN, StandardCharsets.UTF_8), actual,
                "tools/list changed; if deliberate, regenerate with -Dgolden.write=true");
    }

    @Test
    void everyToolIsReadOnlyAndFullyDescribed() {
        assertTrue(tools.size() >= 4, () -> "tools: " + tools.stream().map(Tool::name).toList());
        for (Tool tool : tools) {
            assertTrue(tool.annotations().readOnlyHint(), tool.name());
            assertFalse(tool.annotations().destructiveHint(), tool.name());
            assertTrue(tool.description().length() > 80, () -> tool.name() + " needs a fuller description");
            assertNotNull(tool.outputSchema(), tool.name());
            assertEquals("object", tool.outputSchema().get("type"), tool.name());
            assertEquals(false, tool.inputSchema().get("additionalProperties"), tool.name());
            assertTrue(tool.name().matches("[a-z]+(_[a-z]+)+"), tool.name());
        }
    }

    @Test
    void descriptionsStateUnitsAndLimits() {
        for (Tool tool : tools) {
            if (!List.of("get_profile", "search_instruments", "get_auth_status").contains(tool.name())) {
                assertTrue(tool.description().contains("INR"), () -> tool.name() + " must say amounts are INR");
            }
        }
        assertTrue(description("get_funds_and_margin").contains("IST"));
        assertTrue(description("get_holdings").contains("next_cursor"));
    }

    static String description(String name) {
        return tools.stream().filter(tool -> tool.name().equals(name)).findFirst().orElseThrow().description();
    }
}
