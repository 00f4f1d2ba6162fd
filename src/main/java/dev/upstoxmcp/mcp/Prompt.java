package dev.upstoxmcp.mcp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a CDI bean as an MCP prompt: a ready-made request a user picks in the client. Its parameters are
 * {@link PromptArg} strings ({@code Optional<String>} when optional); it returns the text of the user message, which
 * should name the tools to call and the answer to produce.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Prompt {

    /** Public, stable snake_case name. */
    String name();

    /** Short human title shown by clients; empty for none. */
    String title() default "";

    /** What the prompt is for, shown in the client's prompt picker. */
    String description();
}
