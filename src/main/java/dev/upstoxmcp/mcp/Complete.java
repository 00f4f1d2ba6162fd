package dev.upstoxmcp.mcp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a CDI bean as the completer of one argument of a {@link Prompt} (by {@link #prompt} name) or one
 * variable of a {@link Resource} URI template (by {@link #resource} template): answers {@code completion/complete}.
 * The method takes the text typed so far (a String, possibly empty) and returns the candidate values, best first;
 * the runtime sends the first 100 with the total count and whether there are more.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Complete {

    /** Name of the prompt whose argument this completes; empty when completing a resource template. */
    String prompt() default "";

    /** URI template of the resource whose variable this completes; empty when completing a prompt. */
    String resource() default "";

    /** Argument (prompt) or variable (resource template) name. */
    String argument();
}
