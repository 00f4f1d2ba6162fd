package dev.upstoxmcp.upstox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs independent Upstox fetches (e.g. one candle history per holding) at the same time, at most
 * {@code upstox.parallel-requests} at once, on the container's managed executor; the calling thread works one lane
 * itself, and the helpers act for the same user ({@link TokenSource#forCurrentUser}). Every request still spends the
 * user's request budget ({@link RateLimitFilter}), so parallelism shortens the wait for Upstox's answers, never the
 * limits. Without an executor (plain unit tests) the fetches run one after another. The first failure stops further
 * fetches and is thrown as it was raised (an {@link UpstoxException} or other {@code ToolCallException} keeps its
 * message for the user).
 */
@ApplicationScoped
public class ParallelRequests {

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    ExecutorService executor;

    @Inject
    @ConfigProperty(name = "upstox.parallel-requests")
    int parallelism;

    /** Helper lanes act for the user of the calling thread. */
    @Inject
    TokenSource tokens;

    public ParallelRequests() {}

    /** For tests and benchmarks: an executor (or null, to run in turn) and how many fetches may run at once. */
    public ParallelRequests(ExecutorService executor, int parallelism) {
        this.executor = executor;
        this.parallelism = parallelism;
    }

    /** The results of every fetch, in the order of {@code fetches}. */
    public <T> List<T> all(List<? extends Supplier<T>> fetches) {
        int count = fetches.size();
        Object[] results = new Object[count];
        AtomicInteger next = new AtomicInteger();
        AtomicBoolean failed = new AtomicBoolean();
        Runnable lane = () -> {
            for (int i = next.getAndIncrement(); i < count && !failed.get(); i = next.getAndIncrement()) {
                try {
                    results[i] = fetches.get(i).get();
                } catch (RuntimeException | Error failure) {
                    failed.set(true);
                    throw failure;
                }
            }
        };
        Runnable helperLane = tokens == null ? lane : tokens.forCurrentUser(lane);
        List<Future<?>> helpers = startHelpers(helperLane, Math.min(parallelism, count) - 1);
        RuntimeException failure = null;
        try {
            lane.run();
        } catch (RuntimeException own) {
            failure = own;
        }
        for (Future<?> helper : helpers) {
            RuntimeException helperFailure = outcome(helper);
            if (failure == null) failure = helperFailure;
        }
        if (failure != null) throw failure;
        @SuppressWarnings("unchecked")
        List<T> ordered = (List<T>) Arrays.asList(results);
        return List.copyOf(ordered);
    }

    private List<Future<?>> startHelpers(Runnable lane, int wanted) {
        List<Future<?>> helpers = new ArrayList<>();
        if (executor == null) return helpers;
        try {
            for (int i = 0; i < wanted; i++) helpers.add(executor.submit(lane));
        } catch (RejectedExecutionException busy) {
            // the lanes already started (and this thread) take the remaining fetches
        }
        return helpers;
    }

    /** Waits for a helper lane; its failure, unwrapped, or null. */
    private static RuntimeException outcome(Future<?> helper) {
        try {
            helper.get();
            return null;
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            if (cause instanceof Error error) throw error;
            return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            helper.cancel(true);
            return new UpstoxUnavailableException("The server stopped waiting for Upstox's answers", null, null);
        }
    }
}
