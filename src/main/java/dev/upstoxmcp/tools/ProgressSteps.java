package dev.upstoxmcp.tools;

import java.util.concurrent.atomic.AtomicInteger;

import dev.upstoxmcp.mcp.Progress;

/**
 * Counts the steps of a long tool call on a {@link Progress}: each {@link #done} moves one step forward (safe from the
 * parallel fetch threads), {@link #finish} reaches the total. The total may grow before the first step, once the work
 * is known (e.g. after the holdings are read), so every step the client sees carries the same total.
 */
public final class ProgressSteps {

    private final Progress progress;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;

    public ProgressSteps(Progress progress, int total) {
        this.progress = progress;
        this.total = total;
    }

    /** No reporting: for callers that do not follow progress. */
    public static ProgressSteps none() {
        return new ProgressSteps(Progress.NONE, 1);
    }

    /** Sets the total once the work is known; a step already made stays counted. */
    public void total(int steps) {
        total = Math.max(steps, done.get());
    }

    public int total() {
        return total;
    }

    /** One more step done. */
    public void done(String message) {
        int now = done.incrementAndGet();
        progress.step(Math.min(now, total), total, message);
    }

    /** All steps done. */
    public void finish(String message) {
        done.set(total);
        progress.step(total, total, message);
    }
}
