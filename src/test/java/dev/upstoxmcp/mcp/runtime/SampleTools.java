package dev.upstoxmcp.mcp.runtime;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import dev.upstoxmcp.mcp.Summarized;
import dev.upstoxmcp.mcp.Chart;
import dev.upstoxmcp.mcp.Charted;
import dev.upstoxmcp.mcp.Tool;
import dev.upstoxmcp.mcp.ToolArg;
import dev.upstoxmcp.mcp.ToolCallException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Tools exercising every argument and result shape the runtime supports. */
public class SampleTools {

    public enum Shade { DARK_RED, GREEN }

    public record Nested(String label, double weight) {}

    public record Echo(String text, int count, List<String> tags, Shade shade, LocalDate day, BigDecimal amount,
                       boolean flag, Nested nested, OffsetDateTime asOf, String absent) implements Summarized {
        @Override
        public String summary() {
            return "echoed " + text;
        }
    }

    public record Empty(List<String> nothing) {}

    @Tool(name = "echo", title = "Echo", description = "Echoes its arguments back.")
    public Echo echo(
            @ToolArg(description = "Any text") String text,
            @ToolArg(description = "How many, 1-5", defaultValue = "2") @Min(1) @Max(5) int count,
            @ToolArg(description = "Labels") Optional<List<String>> tags,
            @ToolArg(description = "A shade", defaultValue = "green") Shade shade,
            @ToolArg(description = "A day") Optional<LocalDate> day,
            @ToolArg(description = "An amount in INR") Optional<BigDecimal> amount,
            @ToolArg(description = "A flag", defaultValue = "false") boolean flag) {
        return new Echo(text, count, tags.orElse(List.of()), shade, day.orElse(null), amount.orElse(null), flag,
                new Nested("n", 0.5), OffsetDateTime.of(2026, 11, 20, 15, 30, 0, 0, ZoneOffset.ofHoursMinutes(5, 30)),
                null);
    }

    @Tool(name = "refuse", description = "Always refuses, politely.")
    public Empty refuse() {
        throw new ToolCallException("The market is closed. Ask again after 09:15 IST.");
    }

    @Tool(name = "crash", description = "Always fails with a secret in its exception.")
    public Empty crash() {
        throw new IllegalStateException("connection to jdbc:postgresql://db?password=hunter2 failed");
    }

    @Tool(name = "draw", description = "Answers with a chart when asked.")
    public Charted<Empty> draw(@ToolArg(description = "Whether to draw", defaultValue = "true") boolean chart) {
        Empty result = new Empty(List.of("drawn"));
        return chart ? new Charted<>(result, List.of(new Chart("A dot", new byte[] {(byte) 0x89, 'P', 'N', 'G'})))
                : Charted.of(result);
    }
}
