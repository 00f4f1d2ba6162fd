package dev.upstoxmcp.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * A number of concurrent MCP sessions, each on its own thread, making weighted random calls as fast as the server
 * answers for a warm-up and then a measured period. Latency is recorded for successful calls that started in the
 * measured period; failures are counted by kind.
 */
final class LoadRun {

    /** Latencies up to a minute, in microseconds, three significant digits. */
    private static final long MAX_MICROS = TimeUnit.MINUTES.toMicros(1);

    /**
     * One kind of call: a JSON-RPC method with params, or (ownSession) a whole session: initialize and
     * initialized are timed, closing it is not.
     */
    record Call(String name, int weight, String method, String params, boolean ownSession) {

        static Call request(String name, int weight, String method, String params) {
            return new Call(name, weight, method, params, false);
        }

        static Call tool(String tool, int weight, String arguments) {
            return request(tool, weight, "tools/call",
                    "{\"name\":\"" + tool + "\",\"arguments\":" + arguments + "}");
        }

        static Call session() {
            return new Call("initialize", 1, null, null, true);
        }
    }

    /** What the calls of one name came to in the measured period. */
    static final class Stats {
        final Histogram micros = new Histogram(MAX_MICROS, 3);
        final Map<String, Long> failures = new TreeMap<>();
        long bytes;

        long ok() {
            return micros.getTotalCount();
        }

        long failed() {
            return failures.values().stream().mapToLong(Long::longValue).sum();
        }

        double millis(double percentile) {
            return ok() == 0 ? Double.NaN : micros.getValueAtPercentile(percentile) / 1000.0;
        }

        double maxMillis() {
            return ok() == 0 ? Double.NaN : micros.getMaxValue() / 1000.0;
        }

        double meanBytes() {
            return ok() == 0 ? 0 : (double) bytes / ok();
        }

        void add(Stats other) {
            micros.add(other.micros);
            other.failures.forEach((kind, count) -> failures.merge(kind, count, Long::sum));
            bytes += other.bytes;
        }

        void record(long nanos, RawMcpClient.Outcome outcome) {
            if (outcome.ok()) {
                micros.recordValue(Math.max(1, Math.min(MAX_MICROS, nanos / 1000)));
                bytes += outcome.bytes();
            } else {
                failures.merge(outcome.failure(), 1L, Long::sum);
            }
        }

        String failuresText() {
            if (failures.isEmpty()) return "0";
            StringBuilder text = new StringBuilder().append(failed()).append(" (");
            failures.forEach((kind, count) -> text.append(kind).append(": ").append(count).append(", "));
            return text.substring(0, text.length() - 2) + ")";
        }
    }

    /** Per call name, plus "all" over every call, and the calls per second of the measured period. */
    record Result(Map<String, Stats> byCall, Stats all, double seconds) {
        double perSecond() {
            return all.ok() / seconds;
        }
    }

    private LoadRun() {}

    static Result run(RawMcpClient client, List<Call> calls, int sessions, Duration warmup, Duration measured)
            throws InterruptedException {
        int totalWeight = calls.stream().mapToInt(Call::weight).sum();
        boolean sessionPerWorker = calls.stream().anyMatch(call -> !call.ownSession());
        CountDownLatch opened = new CountDownLatch(sessions);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<Map<String, Stats>> perWorker = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        for (int w = 0; w < sessions; w++) {
            Map<String, Stats> stats = new LinkedHashMap<>();
            calls.forEach(call -> stats.put(call.name(), new Stats()));
            perWorker.add(stats);
            SplittableRandom random = new SplittableRandom(20261120L + w);
            Thread worker = new Thread(() -> {
                String session = null;
                if (sessionPerWorker) {
                    RawMcpClient.Session open = client.open();
                    if (open.id() == null) {
                        stats.get(calls.get(0).name()).record(0, new RawMcpClient.Outcome(
                                "opening the session: " + open.outcome().failure(), 0));
                    }
                    session = open.id();
                }
                opened.countDown();
                try {
                    go.await();
                } catch (InterruptedException interrupted) {
                    return;
                }
                if (sessionPerWorker && session == null) return;
                long start = window[0];
                long end = window[1];
                for (long now = System.nanoTime(); now < end; now = System.nanoTime()) {
                    Call call = pick(calls, totalWeight, random);
                    RawMcpClient.Outcome outcome;
                    long before = System.nanoTime();
                    if (call.ownSession()) {
                        RawMcpClient.Session own = client.open();
                        outcome = own.outcome();
                        long took = System.nanoTime() - before;
                        client.close(own.id());
                        if (before >= start) stats.get(call.name()).record(took, outcome);
                        continue;
                    }
                    outcome = client.request(session, call.method(), call.params());
                    long took = System.nanoTime() - before;
                    if (before >= start) stats.get(call.name()).record(took, outcome);
                }
                client.close(session);
            }, "load-" + w);
            worker.setDaemon(true);
            workers.add(worker);
            worker.start();
        }
        opened.await();
        window[0] = System.nanoTime() + warmup.toNanos();
        window[1] = window[0] + measured.toNanos();
        go.countDown();
        for (Thread worker : workers) worker.join();
        Map<String, Stats> byCall = new LinkedHashMap<>();
        Stats all = new Stats();
        for (Map<String, Stats> stats : perWorker) {
            stats.forEach((name, part) -> byCall.computeIfAbsent(name, key -> new Stats()).add(part));
        }
        byCall.values().forEach(all::add);
        return new Result(byCall, all, measured.toNanos() / 1e9);
    }

    private static Call pick(List<Call> calls, int totalWeight, SplittableRandom random) {
        int ticket = random.nextInt(totalWeight);
        for (Call call : calls) {
            ticket -= call.weight();
            if (ticket < 0) return call;
        }
        throw new IllegalStateException("weights");
    }
}
