package dev.upstoxmcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.GetPromptRequest;
import io.modelcontextprotocol.spec.McpSchema.GetPromptResult;
import org.junit.jupiter.api.Test;

/** The review prompts through a real client: listed with their arguments, filled in, bad arguments refused. */
class PromptsIT extends SandboxModeClient {

    @Test
    void theFourReviewsAreListedWithOptionalArguments() {
        List<McpSchema.Prompt> prompts = mcp.listPrompts().prompts();
        assertEquals(List.of("governance_review", "hold_or_sell_review", "investment_model_review",
                "portfolio_beta_chart"), prompts.stream().map(McpSchema.Prompt::name).sorted().toList());
        McpSchema.Prompt beta = prompts.stream().filter(prompt -> prompt.name().equals("portfolio_beta_chart"))
                .findFirst().orElseThrow();
        assertEquals(List.of("benchmark", "years"), beta.arguments().stream().map(McpSchema.PromptArgument::name)
                .toList());
        assertTrue(beta.arguments().stream().noneMatch(McpSchema.PromptArgument::required));
    }

    @Test
    void theBetaChartPromptNamesTheToolAndTheArgumentsGiven() {
        GetPromptResult result = mcp.getPrompt(new GetPromptRequest("portfolio_beta_chart",
                Map.of("benchmark", "SENSEX", "years", "2")));
        assertEquals(1, result.messages().size());
        assertEquals(McpSchema.Role.USER, result.messages().get(0).role());
        String text = ((McpSchema.TextContent) result.messages().get(0).content()).text();
        assertTrue(text.contains("Call get_portfolio_beta with benchmark \"SENSEX\", years 2 and chart true"), text);
    }

    @Test
    void anUnknownModelIsInvalidParamsAndTheServerGoesOn() {
        McpError refused = assertThrows(McpError.class, () -> mcp.getPrompt(new GetPromptRequest(
                "investment_model_review", Map.of("models", "astrology"))));
        assertEquals(McpSchema.ErrorCodes.INVALID_PARAMS, refused.getJsonRpcError().code());
        assertTrue(refused.getJsonRpcError().message().contains("unknown model \"astrology\""),
                refused.getJsonRpcError().message());
        assertTrue(mcp.getPrompt(new GetPromptRequest("governance_review", Map.of())).messages().get(0).content()
                instanceof McpSchema.TextContent);
    }
}
