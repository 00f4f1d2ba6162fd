package dev.upstoxmcp.mcp.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.upstoxmcp.mcp.Prompt;
import dev.upstoxmcp.mcp.PromptArg;
import dev.upstoxmcp.mcp.ToolCallException;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.Test;

class PromptCatalogTest {

    public static class SamplePrompts {

        @Prompt(name = "review_stock", title = "Review a stock", description = "Reviews one holding.")
        public String review(@PromptArg(description = "Symbol, e.g. RELIANCE") String symbol,
                             @PromptArg(description = "Years back, e.g. 3") Optional<String> years) {
            if (years.filter(given -> !given.matches("\\d+")).isPresent()) {
                throw new ToolCallException("years must be a whole number");
            }
            return "Review " + symbol + " over " + years.orElse("1") + " years with get_candles.";
        }
    }

    public static class BrokenPrompts {

        @Prompt(name = "count_things", description = "Not a sentence.")
        public int count() {
            return 1;
        }
    }

    private static PromptDefinition review() {
        return PromptIntrospector.definitionsOf(SamplePrompts.class).get(0);
    }

    @Test
    void argumentsAreStringsRequiredUnlessOptional() {
        McpSchema.Prompt prompt = PromptCatalog.promptOf(review());
        assertEquals("review_stock", prompt.name());
        assertEquals("Review a stock", prompt.title());
        assertEquals(List.of(new McpSchema.PromptArgument("symbol", "Symbol, e.g. RELIANCE", true),
                new McpSchema.PromptArgument("years", "Years back, e.g. 3", false)), prompt.arguments());
    }

    @Test
    void theMessageIsOneUserTextWithTheArgumentsFilledIn() {
        McpSchema.GetPromptResult result = PromptCatalog.messageOf(review(), new SamplePrompts(),
                Map.of("symbol", "TCS"));
        assertEquals(1, result.messages().size());
        assertEquals(McpSchema.Role.USER, result.messages().get(0).role());
        assertEquals("Review TCS over 1 years with get_candles.",
                ((McpSchema.TextContent) result.messages().get(0).content()).text());
    }

    @Test
    void aMissingRequiredArgumentIsInvalidParams() {
        McpError missing = assertThrows(McpError.class, () -> PromptCatalog.messageOf(review(), new SamplePrompts(),
                Map.of("years", "3")));
        assertEquals(McpSchema.ErrorCodes.INVALID_PARAMS, missing.getJsonRpcError().code());
        assertTrue(missing.getJsonRpcError().message().contains("needs the argument symbol"));
    }

    @Test
    void anArgumentThePromptRefusesIsInvalidParamsWithItsReason() {
        McpError refused = assertThrows(McpError.class, () -> PromptCatalog.messageOf(review(), new SamplePrompts(),
                Map.of("symbol", "TCS", "years", "three")));
        assertEquals(McpSchema.ErrorCodes.INVALID_PARAMS, refused.getJsonRpcError().code());
        assertEquals("Prompt review_stock: years must be a whole number", refused.getJsonRpcError().message());
    }

    @Test
    void aPromptThatReturnsNoTextIsRefusedAtDeployment() {
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> PromptIntrospector.definitionsOf(BrokenPrompts.class));
        assertTrue(refused.getMessage().contains("returns the message text"), refused.getMessage());
    }
}
