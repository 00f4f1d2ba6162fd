package dev.upstoxmcp.mcp;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a method of a CDI bean as an MCP resource: read-only context a client can list and read by URI. A fixed
 * {@link #uri} takes no parameters; a URI template such as {@code upstox://market/holidays/{year}} binds each
 * {@code {variable}} to the String parameter of that name (compile with {@code -parameters}) and is listed under
 * resources/templates/list.
 *
 * <p>The method returns the content: a String (text, {@link #mimeType} default {@code text/plain}), a byte[] (a
 * blob; name its {@link #mimeType}) or a record or class (written as JSON with snake_case fields, like a tool's
 * answer, {@code application/json}). A {@link ToolCallException} answers "resource not found" with its message (e.g.
 * a template variable out of range).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Resource {

    /** Stable URI, or an RFC 6570 level-1 URI template. */
    String uri();

    /** Short programmatic name. */
    String name();

    /** Human title shown by clients; empty for none. */
    String title() default "";

    /** What the resource holds and when to read it. */
    String description();

    /** MIME type of the content; empty to derive it from the return type. */
    String mimeType() default "";
}
