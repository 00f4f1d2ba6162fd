package dev.upstoxmcp.mcp.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.upstoxmcp.mcp.Tool;
import dev.upstoxmcp.mcp.ToolArg;
import org.junit.jupiter.api.Test;

class ToolIntrospectorTest {

    static ToolDefinition echo() {
        return ToolIntrospector.definitionsOf(SampleTools.class).stream()
                .filter(tool -> tool.name().equals("echo")).findFirst().orElseThrow();
    }

    @Test
    void discoversEveryToolMethodSortedByName() {
        assertEquals(List.of("crash", "draw", "echo", "refuse"),
                ToolIntrospector.definitionsOf(SampleTools.class).stream().map(ToolDefinition::name).toList());
    }

    @Test
    void inputSchemaDescribesTypesDefaultsRangesAndRequiredArguments() {
        String schema = ToolJson.toText(echo().inputSchema());
        assertEquals("{\"type\":\"object\",\"properties\":{"
                + "\"text\":{\"type\":\"string\",\"description\":\"Any text\"},"
                + "\"count\":{\"type\":\"integer\",\"description\":\"How many, 1-5\",\"default\":2,\"minimum\":1,"
                + "\"maximum\":5},"
                + "\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"description\":\"Labels\"},"
                + "\"shade\":{\"type\":\"string\",\"enum\":[\"dark_red\",\"green\"],\"description\":\"A shade\","
                + "\"default\":\"green\"},"
                + "\"day\":{\"type\":\"string\",\"format\":\"date\",\"description\":\"A day\"},"
                + "\"amount\":{\"type\":\"number\",\"description\":\"An amount in INR\"},"
                + "\"flag\":{\"type\":\"boolean\",\"description\":\"A flag\",\"default\":false}},"
                + "\"required\":[\"text\"],\"additionalProperties\":false}", schema);
    }

    @Test
    @SuppressWarnings("unchecked")
    void outputSchemaUsesSnakeCaseAndInlinesNestedRecords() {
        Map<String, Object> schema = echo().outputSchema();
        assertEquals("object", schema.get("type"));
        Map<String, Object> properties = (Map<String, Object>) schema.get("properties");
        assertTrue(properties.containsKey("as_of"), properties::toString);
        assertEquals(Map.of("type", "string", "format", "date-time"), properties.get("as_of"));
        assertEquals(Map.of("type", "string", "enum", List.of("dark_red", "green")), properties.get("shade"));
        Map<String, Object> nested = (Map<String, Object>) properties.get("nested");
        assertEquals("object", nested.get("type"));
        assertTrue(((Map<String, Object>) nested.get("properties")).containsKey("weight"));
        assertEquals(List.of("count", "flag", "tags"), ((List<String>) schema.get("required")).stream().sorted()
                .toList());
        assertFalse(ToolJson.toText(schema).contains("$ref"), "schemas are inlined for client portability");
        assertFalse(properties.containsKey("summary"), "interface methods are not result fields");
    }

    @Test
    void toolsWithoutDescriptionsOrWithBadNamesAreRejectedAtStartUp() {
        assertProblem(BadName.class, "snake_case");
        assertProblem(NoDescription.class, "needs a description");
        assertProblem(ArgWithoutDescription.class, "argument day needs a description");
        assertProblem(UnsupportedArgument.class, "unsupported type");
        assertProblem(OptionalWithDefault.class, "is Optional and has a default");
        assertProblem(UnparsableDefault.class, "does not parse");
        assertProblem(TextResult.class, "must return a record or class");
        assertProblem(MissingToolArg.class, "needs @ToolArg");
    }

    private static void assertProblem(Class<?> tools, String problem) {
        IllegalStateException failure = assertThrows(IllegalStateException.class,
                () -> ToolIntrospector.definitionsOf(tools));
        assertTrue(failure.getMessage().contains(problem), failure::getMessage);
    }

    public record Answer(String value) {}

    public static class BadName {
        @Tool(name = "GetThing", description = "x")
        public Answer get() {
            return null;
        }
    }

    public static class NoDescription {
        @Tool(name = "get_thing", description = " ")
        public Answer get() {
            return null;
        }
    }

    public static class ArgWithoutDescription {
        @Tool(name = "get_thing", description = "x")
        public Answer get(@ToolArg(description = "") String day) {
            return null;
        }
    }

    public static class UnsupportedArgument {
        @Tool(name = "get_thing", description = "x")
        public Answer get(@ToolArg(description = "a map") Map<String, String> values) {
            return null;
        }
    }

    public static class OptionalWithDefault {
        @Tool(name = "get_thing", description = "x")
        public Answer get(@ToolArg(description = "d", defaultValue = "a") Optional<String> value) {
            return null;
        }
    }

    public static class UnparsableDefault {
        @Tool(name = "get_thing", description = "x")
        public Answer get(@ToolArg(description = "n", defaultValue = "many") int count) {
            return null;
        }
    }

    public static class TextResult {
        @Tool(name = "get_thing", description = "x")
        public String get() {
            return null;
        }
    }

    public static class MissingToolArg {
        @Tool(name = "get_thing", description = "x")
        public Answer get(String value) {
            return null;
        }
    }

    @Test
    void aChartedResultHasTheSchemaOfWhatItCarries() {
        ToolDefinition draw = ToolIntrospector.definitionsOf(SampleTools.class).stream()
                .filter(tool -> tool.name().equals("draw")).findFirst().orElseThrow();
        assertEquals(Map.of("type", "object", "properties", Map.of("nothing", Map.of("type", "array", "items",
                Map.of("type", "string"))), "required", List.of("nothing"), "additionalProperties", false),
                draw.outputSchema());
    }
}
