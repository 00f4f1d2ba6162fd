package dev.upstoxmcp.mcp.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

class ToolInvokerTest {

    static final SampleTools BEAN = new SampleTools();

    static ToolInvoker invoker() {
        ToolInvoker invoker = new ToolInvoker();
        invoker.validator = Validation.buildDefaultValidatorFactory().getValidator();
        return invoker;
    }

    static ToolDefinition tool(String name) {
        return ToolIntrospector.definitionsOf(SampleTools.class).stream()
                .filter(tool -> tool.name().equals(name)).findFirst().orElseThrow();
    }

    static String text(CallToolResult result) {
        return ((TextContent) result.content().get(0)).text();
    }

    @Test
    void resultBecomesSnakeCaseStructuredContentAndASummarisedText() {
        CallToolResult result = invoker().call(tool("echo"), BEAN, Map.of("text", "hello", "amount", "1234.50"));
        assertFalse(result.isError());
        @SuppressWarnings("unchecked")
        Map<String, Object> structured = (Map<String, Object>) result.structuredContent();
        assertEquals("2026-11-20T15:30:00+05:30", structured.get("as_of"));
        assertEquals("green", structured.get("shade"));
        assertFalse(structured.containsKey("absent"), "null members are left out");
        assertEquals("echoed hello\n{\"text\":\"hello\",\"count\":2,\"tags\":[],\"shade\":\"green\","
                + "\"amount\":1234.50,\"flag\":false,\"nested\":{\"label\":\"n\",\"weight\":0.5},"
                + "\"as_of\":\"2026-11-20T15:30:00+05:30\"}", text(result));
    }

    @Test
    void constraintViolationsNameTheArgument() {
        CallToolResult result = invoker().call(tool("echo"), BEAN, Map.of("text", "x", "count", 9));
        assertTrue(result.isError());
        assertEquals("Invalid arguments for echo: count must be less than or equal to 5; got 9.", text(result));
    }

    @Test
    void userFacingFailuresKeepTheirMessage() {
        CallToolResult result = invoker().call(tool("refuse"), BEAN, Map.of());
        assertTrue(result.isError());
        assertEquals("The market is closed. Ask again after 09:15 IST.", text(result));
    }

    @Test
    void unexpectedFailuresShowOnlyAReference() {
        CallToolResult result = invoker().call(tool("crash"), BEAN, Map.of());
        assertTrue(result.isError());
        String message = text(result);
        assertTrue(message.matches("Something went wrong in crash \\(ref [0-9A-F]{6}\\)\\. Try again; if it "
                + "persists, report the ref\\."), message);
        assertFalse(message.contains("hunter2") || message.contains("IllegalState"), message);
    }

    @Test
    void argumentsForAToolWithoutArgumentsAreRejected() {
        CallToolResult result = invoker().call(tool("refuse"), BEAN, Map.of("x", 1));
        assertEquals("Invalid arguments for refuse: unknown argument \"x\" (refuse accepts no arguments).",
                text(result));
    }

    @Test
    void chartsFollowTheTextAsDescribedPngImages() {
        CallToolResult result = invoker().call(tool("draw"), BEAN, Map.of());
        assertFalse(result.isError());
        assertEquals(Map.of("nothing", List.of("drawn")), result.structuredContent());
        assertEquals(3, result.content().size());
        assertEquals("Chart: A dot", ((McpSchema.TextContent) result.content().get(1)).text());
        McpSchema.ImageContent image = (McpSchema.ImageContent) result.content().get(2);
        assertEquals("image/png", image.mimeType());
        assertEquals("iVBORw==", image.data());
        assertEquals(1, invoker().call(tool("draw"), BEAN, Map.of("chart", false)).content().size(),
                "no chart asked, none sent");
    }
}
