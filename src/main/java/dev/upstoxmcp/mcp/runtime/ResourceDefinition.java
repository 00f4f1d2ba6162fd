package dev.upstoxmcp.mcp.runtime;

import java.lang.reflect.Method;
import java.util.List;

/**
 * A discovered resource or resource template.
 *
 * @param variables the template's variable names in parameter order; empty for a fixed URI
 */
record ResourceDefinition(String uri, String name, String title, String description, String mimeType,
                          Class<?> beanClass, Method method, List<String> variables) {

    boolean isTemplate() {
        return !variables.isEmpty();
    }
}
