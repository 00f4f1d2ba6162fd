package dev.upstoxmcp.mcp.runtime;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import dev.upstoxmcp.mcp.ClientRequests;
import dev.upstoxmcp.mcp.McpLog;
import dev.upstoxmcp.mcp.Progress;
import dev.upstoxmcp.mcp.ToolCallException;
import io.modelcontextprotocol.server.McpSyncServerExchange;
import io.modelcontextprotocol.spec.McpSchema;

/**
 * The {@link Progress}, {@link McpLog} and {@link ClientRequests} of one tool call, sent on its exchange. Progress
 * goes out only when the request carried a {@code progressToken}, always increasing (a step from a parallel fetch
 * that arrives after a later one is dropped); log messages below the level the client set with
 * {@code logging/setLevel} are dropped by the SDK. A notification that cannot be sent (client gone) never fails the
 * tool call.
 */
final class ExchangeContext implements Progress, McpLog, ClientRequests {

    private static final Logger LOG = Logger.getLogger(ExchangeContext.class.getName());

    private final McpSyncServerExchange exchange;
    private final Object progressToken;
    private final String logger;
    private int lastDone = -1;

    ExchangeContext(McpSyncServerExchange exchange, Map<String, Object> requestMeta, String logger) {
        this.exchange = exchange;
        this.progressToken = requestMeta == null ? null : requestMeta.get("progressToken");
        this.logger = logger;
    }

    @Override
    public synchronized void step(int done, int total, String message) {
        if (progressToken == null || exchange == null) return;
        if (done <= lastDone) return;
        lastDone = done;
        send(() -> exchange.progressNotification(new McpSchema.ProgressNotification(progressToken, (double) done,
                total > 0 ? (double) total : null, message, null)));
    }

    @Override
    public void debug(String message) {
        log(McpSchema.LoggingLevel.DEBUG, message);
    }

    @Override
    public void info(String message) {
        log(McpSchema.LoggingLevel.INFO, message);
    }

    @Override
    public void warning(String message) {
        log(McpSchema.LoggingLevel.WARNING, message);
    }

    private void log(McpSchema.LoggingLevel level, String message) {
        if (exchange == null) return;
        send(() -> exchange.loggingNotification(McpSchema.LoggingMessageNotification.builder(level, message)
                .logger(logger).build()));
    }

    @Override
    public String sample(String userMessage, int maxTokens) {
        if (exchange == null || exchange.getClientCapabilities() == null
                || exchange.getClientCapabilities().sampling() == null) {
            throw new ToolCallException("This client does not support sampling (no sampling capability).");
        }
        McpSchema.CreateMessageResult result;
        try {
            result = exchange.createMessage(McpSchema.CreateMessageRequest.builder()
                    .messages(List.of(new McpSchema.SamplingMessage(McpSchema.Role.USER,
                            new McpSchema.TextContent(userMessage))))
                    .maxTokens(maxTokens)
                    .build());
        } catch (RuntimeException failed) {
            throw new ToolCallException("The client did not answer the sampling request.");
        }
        return result.content() instanceof McpSchema.TextContent text ? text.text() : String.valueOf(result.content());
    }

    @Override
    public Elicited elicit(String message, Map<String, Object> requestedSchema) {
        if (exchange == null || exchange.getClientCapabilities() == null
                || exchange.getClientCapabilities().elicitation() == null) {
            throw new ToolCallException("This client does not support elicitation (no elicitation capability).");
        }
        McpSchema.ElicitResult result;
        try {
            result = exchange.createElicitation(McpSchema.ElicitRequest.builder().message(message)
                    .requestedSchema(requestedSchema).build());
        } catch (RuntimeException failed) {
            throw new ToolCallException("The client did not answer the elicitation request.");
        }
        return new Elicited(result.action() == null ? "cancel" : result.action().name().toLowerCase(Locale.ROOT),
                result.content() == null ? Map.of() : result.content());
    }

    private static void send(Runnable notification) {
        try {
            notification.run();
        } catch (RuntimeException undelivered) {
            LOG.log(Level.FINE, "notification not delivered: {0}", undelivered.getClass().getSimpleName());
        }
    }
}
