package dev.upstoxmcp.it;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ImageContent;
import io.modelcontextprotocol.spec.McpSchema.TextContent;

/** Reading tool results in tests: the text, and values of the structured content by dotted path. */
public final class McpResults {

    private McpResults() {}

    public static String text(CallToolResult result) {
        return result.content().stream().filter(TextContent.class::isInstance).map(TextContent.class::cast)
                .map(TextContent::text).reduce("", (a, b) -> a.isEmpty() ? b : a + "\n" + b);
    }

    /** The images of a result (charts), in order. */
    public static List<ImageContent> images(CallToolResult result) {
        return result.content().stream().filter(ImageContent.class::isInstance).map(ImageContent.class::cast)
                .toList();
    }

    /** The value at a path like {@code totals.current_value} or {@code holdings.0.symbol}. */
    public static Object value(CallToolResult result, String path) {
        Object current = result.structuredContent();
        for (String step : path.split("\\.")) {
            if (current instanceof Map<?, ?> map) {
                current = map.get(step);
            } else if (current instanceof List<?> list) {
                current = list.get(Integer.parseInt(step));
            } else {
                throw new AssertionError("no " + path + " in " + result.structuredContent());
            }
        }
        return current;
    }

    public static BigDecimal decimal(CallToolResult result, String path) {
        Object value = value(result, path);
        if (value == null) throw new AssertionError("no " + path + " in " + result.structuredContent());
        return new BigDecimal(value.toString());
    }

    /** Amounts arrive as JSON numbers (the client reads them as doubles): compare by value, not scale. */
    public static void assertAmount(String expected, CallToolResult result, String path) {
        BigDecimal actual = decimal(result, path);
        if (new BigDecimal(expected).compareTo(actual) != 0) {
            throw new org.opentest4j.AssertionFailedError(path + " should be " + expected + " but was " + actual,
                    expected, actual.toPlainString());
        }
    }

    public static List<?> list(CallToolResult result, String path) {
        return (List<?>) value(result, path);
    }
}
