package dev.upstoxmcp.mcp.runtime;

import java.lang.reflect.InvocationTargetException;
import java.util.Comparator;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import dev.upstoxmcp.mcp.Chart;
import dev.upstoxmcp.mcp.Charted;
import dev.upstoxmcp.mcp.ClientRequests;
import dev.upstoxmcp.mcp.Content;
import dev.upstoxmcp.mcp.McpLog;
import dev.upstoxmcp.mcp.Progress;
import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.mcp.ToolCallException;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;

/**
 * Runs one tool call: binds and validates the arguments, invokes the method and turns the outcome into a
 * {@link CallToolResult}. Every failure becomes an {@code isError} result; only a {@link ToolCallException} carries its
 * own text to the client, anything else is logged once under a reference the user can quote.
 */
@ApplicationScoped
class ToolInvoker {

    private static final Logger LOG = Logger.getLogger(ToolInvoker.class.getName());

    @Inject
    Validator validator;

    CallToolResult call(ToolDefinition tool, Object bean, Map<String, Object> arguments) {
        return call(tool, bean, arguments, Map.of(Progress.class, Progress.NONE, McpLog.class, McpLog.NONE));
    }

    /** As {@link #call(ToolDefinition, Object, Map)}, handing a tool that asks for them the call's context objects. */
    <C extends Progress & McpLog & ClientRequests> CallToolResult call(ToolDefinition tool, Object bean,
                                                                       Map<String, Object> arguments, C context) {
        return call(tool, bean, arguments, Map.of(Progress.class, context, McpLog.class, context,
                ClientRequests.class, context));
    }

    /** As {@link #call(ToolDefinition, Object, Map)}, with the objects supplied to the tool by type. */
    CallToolResult call(ToolDefinition tool, Object bean, Map<String, Object> arguments,
                        Map<Class<?>, Object> supplied) {
        try {
            Object[] values = parameters(tool, ArgumentBinder.bind(tool, arguments), supplied);
            checkConstraints(tool, bean, values);
            return success(tool.method().invoke(bean, values));
        } catch (InvocationTargetException failed) {
            return failure(tool, failed.getCause());
        } catch (ReflectiveOperationException | RuntimeException failed) {
            return failure(tool, failed);
        }
    }

    private static Object[] parameters(ToolDefinition tool, Object[] arguments, Map<Class<?>, Object> supplied) {
        Object[] values = new Object[tool.parameters().size()];
        int next = 0;
        for (int i = 0; i < values.length; i++) {
            Class<?> type = tool.parameters().get(i);
            if (type == null) {
                values[i] = arguments[next++];
            } else if (supplied.containsKey(type)) {
                values[i] = supplied.get(type);
            } else {
                throw new ToolCallException(tool.name() + " needs a client connection to run.");
            }
        }
        return values;
    }

    private void checkConstraints(ToolDefinition tool, Object bean, Object[] values) {
        Set<ConstraintViolation<Object>> violations = validator.forExecutables()
                .validateParameters(bean, tool.method(), values);
        if (violations.isEmpty()) return;
        String problems = violations.stream()
                .map(violation -> nameOf(tool, violation.getPropertyPath()) + " " + violation.getMessage()
                        + "; got " + ToolCallException.echo(violation.getInvalidValue()))
                .sorted(Comparator.naturalOrder())
                .collect(Collectors.joining("; "));
        throw new ToolCallException("Invalid arguments for " + tool.name() + ": " + problems + ".");
    }

    private static String nameOf(ToolDefinition tool, Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
                int parameter = node.as(Path.ParameterNode.class).getParameterIndex();
                return tool.arguments().get(tool.argumentIndexOf(parameter)).name();
            }
        }
        return "an argument";
    }

    static CallToolResult success(Object returned) {
        if (returned == null) throw new IllegalStateException("a tool returned null");
        if (returned instanceof Content content) {
            return CallToolResult.builder().content(ContentBlocks.of(content)).build();
        }
        Object result = returned instanceof Charted<?> charted ? charted.result() : returned;
        if (result == null) throw new IllegalStateException("a tool returned no result");
        Map<String, Object> structured = ToolJson.toObject(result);
        String json = ToolJson.toText(structured);
        String text = result instanceof Summarized summarized ? summarized.summary() + "\n" + json : json;
        CallToolResult.Builder answer = CallToolResult.builder().structuredContent(structured).addTextContent(text);
        if (returned instanceof Charted<?> charted) {
            for (Chart chart : charted.charts()) {
                answer.addTextContent("Chart: " + chart.description());
                answer.addContent(new McpSchema.ImageContent(null, Base64.getEncoder().encodeToString(chart.png()),
                        "image/png"));
            }
        }
        return answer.build();
    }

    static CallToolResult error(String message) {
        return CallToolResult.builder().addTextContent(message).isError(true).build();
    }

    private static CallToolResult failure(ToolDefinition tool, Throwable failure) {
        if (failure instanceof ToolCallException userFacing) {
            if (!userFacing.reportable()) return error(userFacing.getMessage());
            String ref = ErrorRef.next();
            LOG.log(Level.WARNING, "Tool {0} failed (ref {1}): {2}",
                    new Object[] {tool.name(), ref, userFacing.getMessage()});
            return error(userFacing.getMessage() + " (ref " + ref + ")");
        }
        String ref = ErrorRef.next();
        LOG.log(Level.SEVERE, "Unexpected failure in tool {0} (ref {1}) at {2}",
                new Object[] {tool.name(), ref, ErrorRef.originOf(failure)});
        return error("Something went wrong in " + tool.name() + " (ref " + ref + "). Try again; if it persists, "
                + "report the ref.");
    }
}
