package dev.upstoxmcp.mcp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a CDI bean as an MCP tool. The runtime discovers it at start-up, derives the input schema from
 * the {@link ToolArg} parameters and the output schema from the return type, and stamps every tool read-only.
 *
 * <p>The return value becomes the tool's {@code structuredContent} (camelCase components turn into snake_case
 * fields) plus a text rendering. A {@link ToolCallException} becomes an {@code isError} result carrying its message.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Tool {

    /** Public, stable snake_case name, {@code verb_noun}. */
    String name();

    /** Short human title shown by clients; empty for none. */
    String title() default "";

    /** What the tool answers, its scope, units and limits: the text an LLM decides from. */
    String description();

    /**
     * The input JSON Schema verbatim, for a schema the {@link ToolArg} parameters cannot express (e.g. JSON Schema
     * 2020-12 {@code $defs}, {@code allOf}, {@code if/then/else}); empty (the default) derives it from the
     * parameters. Arguments are still bound to the declared {@link ToolArg} parameters.
     */
    String inputSchema() default "";
}
