package dev.upstoxmcp.upstox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import dev.upstoxmcp.mcp.ToolCallException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ParallelRequestsTest {

    final ExecutorService executor = Executors.newFixedThreadPool(16);

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    /** The first four fetches wait until four are in flight together, which only parallel lanes achieve. */
    @Test
    void resultsComeInTheOrderAskedWithAtMostTheConfiguredNumberInFlight() {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        CountDownLatch four = new CountDownLatch(4);
        List<Supplier<Integer>> fetches = IntStream.range(0, 40).<Supplier<Integer>>mapToObj(i -> () -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            if (i < 4) awaitAll(four);
            inFlight.decrementAndGet();
            return i * i;
        }).toList();
        List<Integer> squares = new ParallelRequests(executor, 4).all(fetches);
        assertEquals(IntStream.range(0, 40).map(i -> i * i).boxed().toList(), squares);
        assertEquals(4, most.get(), "exactly 4 at once");
    }

    @Test
    void withoutAnExecutorFetchesRunInTurnOnTheCallingThread() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        List<Supplier<String>> fetches = List.of(() -> record(threads, "a"), () -> record(threads, "b"));
        assertEquals(List.of("a", "b"), new ParallelRequests(null, 8).all(fetches));
        assertEquals(Set.of(Thread.currentThread()), threads);
    }

    @Test
    void aFailureIsThrownAsRaised() {
        ToolCallException refused = new ToolCallException("Upstox refused");
        List<Supplier<Integer>> fetches = IntStream.range(0, 100).<Supplier<Integer>>mapToObj(i -> () -> {
            if (i == 3) throw refused;
            return i;
        }).toList();
        assertSame(refused, assertThrows(ToolCallException.class,
                () -> new ParallelRequests(executor, 4).all(fetches)));
    }

    @Test
    void inTurnNothingIsFetchedAfterAFailure() {
        AtomicInteger started = new AtomicInteger();
        List<Supplier<Integer>> fetches = IntStream.range(0, 10).<Supplier<Integer>>mapToObj(i -> () -> {
            started.incrementAndGet();
            if (i == 3) throw new ToolCallException("Upstox refused");
            return i;
        }).toList();
        assertThrows(ToolCallException.class, () -> new ParallelRequests(null, 4).all(fetches));
        assertEquals(4, started.get());
    }

    private static String record(Set<Thread> threads, String value) {
        threads.add(Thread.currentThread());
        return value;
    }

    private static void awaitAll(CountDownLatch latch) {
        latch.countDown();
        try {
            assertTrue(latch.await(5, TimeUnit.SECONDS), "4 fetches in flight together");
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
