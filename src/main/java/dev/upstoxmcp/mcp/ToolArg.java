package dev.upstoxmcp.mcp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Describes one argument of a {@link Tool} method. The wire name is the snake_case form of the parameter name unless
 * {@link #name()} is given. An argument is required unless it is an {@code Optional} or has a {@link #defaultValue()}.
 * Ranges come from {@code jakarta.validation.constraints.Min}/{@code Max} on the parameter; enum parameters accept
 * their constants in lower case.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface ToolArg {

    /** Sentinel for "no default value". */
    String NO_DEFAULT = "<<no default>>";

    /** Wire name; empty means the snake_case form of the parameter name. */
    String name() default "";

    /** What the argument means, its unit and allowed values. */
    String description();

    /** Value used when the client omits the argument, in its wire form. */
    String defaultValue() default NO_DEFAULT;
}
