package dev.upstoxmcp.mcp;

import java.util.List;

/**
 * A tool result with charts: {@code result} becomes the structured content (its schema is the tool's output schema),
 * each chart an image content item after the text, introduced by its description.
 */
public record Charted<T>(T result, List<Chart> charts) {

    public Charted {
        charts = List.copyOf(charts);
    }

    /** The result without charts (e.g. when none were asked for). */
    public static <T> Charted<T> of(T result) {
        return new Charted<>(result, List.of());
    }
}
