package dev.upstoxmcp.mcp.runtime;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

/** Everything the runtime knows about one tool method, worked out once at start-up. */
record ToolDefinition(String name, String title, String description, Class<?> beanClass, Method method,
                      List<ToolArgument> arguments, Map<String, Object> inputSchema,
                      Map<String, Object> outputSchema) {

    List<String> argumentNames() {
        return arguments.stream().map(ToolArgument::name).toList();
    }
}
