package dev.upstoxmcp.mcp.runtime;

import java.lang.reflect.Method;
import java.util.List;

/** A discovered prompt: what clients list, and the method that writes its message. */
record PromptDefinition(String name, String title, String description, Class<?> beanClass, Method method,
                        List<Argument> arguments) {

    /** One string argument; {@code optional} when the parameter is {@code Optional<String>}. */
    record Argument(String name, String description, boolean optional) {}
}
