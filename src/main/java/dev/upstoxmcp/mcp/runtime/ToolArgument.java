package dev.upstoxmcp.mcp.runtime;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Optional;

/**
 * One declared argument of a tool: its wire name, the Java type it binds to and the rules it must satisfy.
 *
 * @param valueType   the bound type with any {@code Optional} removed ({@code Optional<String>} gives String)
 * @param defaultValue wire form of the default, or null when the argument has none
 * @param minimum     inclusive lower bound of a number, or null
 * @param maximum     inclusive upper bound of a number, or null
 * @param minItems    fewest elements of a list, or null
 * @param maxItems    most elements of a list, or null
 */
record ToolArgument(String name, String description, Type valueType, boolean optional, String defaultValue,
                    Long minimum, Long maximum, Integer minItems, Integer maxItems) {

    boolean required() {
        return !optional && defaultValue == null;
    }

    Class<?> rawValueType() {
        return raw(valueType);
    }

    /** Element type of a {@code List} argument, or null for a single value. */
    Class<?> elementType() {
        return List.class.equals(rawValueType()) ? raw(typeArgument(valueType)) : null;
    }

    static Type unwrapOptional(Type declared) {
        return Optional.class.equals(raw(declared)) ? typeArgument(declared) : declared;
    }

    static Class<?> raw(Type type) {
        return type instanceof ParameterizedType parameterized ? (Class<?>) parameterized.getRawType()
                : (Class<?>) type;
    }

    private static Type typeArgument(Type parameterized) {
        return ((ParameterizedType) parameterized).getActualTypeArguments()[0];
    }
}
