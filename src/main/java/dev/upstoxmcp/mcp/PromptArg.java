package dev.upstoxmcp.mcp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Describes a {@link Prompt} argument: a string, required unless the parameter is {@code Optional<String>}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface PromptArg {

    /** Wire name; by default the parameter name in snake_case. */
    String name() default "";

    /** What to give, with an example. */
    String description();
}
