package dev.upstoxmcp.mcp.runtime;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.upstoxmcp.mcp.ClientRequests;
import dev.upstoxmcp.mcp.McpLog;
import dev.upstoxmcp.mcp.Progress;

/**
 * Everything the runtime knows about one tool method, worked out once at start-up.
 *
 * @param parameters what each Java parameter receives, in order: null for the next of {@code arguments}, else the
 *                   runtime-supplied type ({@link Progress}, {@link McpLog}, {@link ClientRequests})
 */
record ToolDefinition(String name, String title, String description, Class<?> beanClass, Method method,
                      List<ToolArgument> arguments, List<Class<?>> parameters, Map<String, Object> inputSchema,
                      Map<String, Object> outputSchema) {

    /** Types a tool method may declare to receive from the runtime instead of from the client. */
    static final Set<Class<?>> SUPPLIED = Set.of(Progress.class, McpLog.class, ClientRequests.class);

    /** The index in {@link #arguments()} of the Java parameter at {@code parameterIndex}. */
    int argumentIndexOf(int parameterIndex) {
        int index = 0;
        for (int i = 0; i < parameterIndex; i++) {
            if (parameters.get(i) == null) index++;
        }
        return index;
    }

    List<String> argumentNames() {
        return arguments.stream().map(ToolArgument::name).toList();
    }
}
