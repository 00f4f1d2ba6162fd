package dev.upstoxmcp.mcp.runtime;

import dev.upstoxmcp.mcp.McpLog;
import dev.upstoxmcp.mcp.Progress;
import dev.upstoxmcp.mcp.Tool;
import dev.upstoxmcp.mcp.ToolArg;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** A tool that takes the runtime's {@link Progress} and {@link McpLog} around its one argument. */
public class ReportingTools {

    public record Counted(int steps) {}

    @Tool(name = "count_up", description = "Counts up, reporting each step.")
    public Counted countUp(Progress progress,
                           @ToolArg(description = "Steps, 1-5") @Min(1) @Max(5) int steps,
                           McpLog log) {
        log.info("counting to " + steps);
        for (int i = 1; i <= steps; i++) {
            progress.step(i, steps, "step " + i);
        }
        return new Counted(steps);
    }
}
