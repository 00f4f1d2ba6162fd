package dev.upstoxmcp.mcp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a bean class with {@link Tool}, {@link Prompt}, {@link Resource} or {@link Complete} methods: the bean exists,
 * and its methods are served, only when the boolean MicroProfile Config property named here is {@code true} (read
 * once at deployment; missing means false). Used for test fixtures that production must never list.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EnabledBy {

    /** The config property, e.g. {@code mcp.conformance-fixtures} (env var MCP_CONFORMANCE_FIXTURES). */
    String value();
}
