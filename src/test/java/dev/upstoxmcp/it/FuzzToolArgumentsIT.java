package dev.upstoxmcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.Tool;

/**
 * Every tool, as tools/list announces it at run time, called with arguments generated from its input schema to be
 * extreme, mistyped, missing or unknown ({@link HostileArguments}). Each call must end in a normal result, an
 * {@code isError} result with a readable message that leaks nothing, or a JSON-RPC "Invalid params" error; never an
 * internal error, a broken transport or a hang. The server must keep answering afterwards. The generated calls come
 * from a fixed seed ({@link FuzzCases}) so a failure reproduces; the cases run per tool are printed at the end.
 */
class FuzzToolArgumentsIT {

    static final int GENERATED_CALLS = 250;
    static final int MAX_MESSAGE = 1_000;

    static McpSyncClient mcp;
    static List<Tool> tools;
    static ServerLogWatch log;
    static final Map<String, Tally> TALLIES = new ConcurrentHashMap<>();
    /** The call that broke the transport or timed out: every later call would fail or wait the same way. */
    static volatile Call brokeTheTransport;

    @BeforeAll
    static void connect() throws Exception {
        FuzzCases.announce(FuzzToolArgumentsIT.class);
        log = ServerLogWatch.start("sandboxIT");
        mcp = TestServers.client(TestServers.sandboxUrl());
        tools = mcp.listTools().tools();
        assertFalse(tools.isEmpty());
    }

    @AfterAll
    static void report() throws Exception {
        try {
            Tally total = new Tally();
            new TreeMap<>(TALLIES).forEach((tool, tally) -> {
                System.out.printf("fuzz %-28s %s%n", tool, tally);
                total.add(tally);
            });
            System.out.printf("fuzz %-28s %s%n", "TOTAL (" + TALLIES.size() + " tools)", total);
            for (Tool tool : tools) {
                assertTrue(TALLIES.containsKey(tool.name()) && TALLIES.get(tool.name()).cases() >= 5,
                        () -> tool.name() + " got too few cases: " + TALLIES.get(tool.name()));
            }
            assertServing();
        } finally {
            mcp.closeGracefully();
        }
        log.assertNoFailureCausedByInput();
    }

    @TestFactory
    Stream<DynamicTest> everyToolAnswersHostileArgumentsCleanly() {
        return FuzzCases.generated("tool calls", GENERATED_CALLS, random -> {
            Tool tool = Draw.one(random, tools);
            return new Call(tool.name(), HostileArguments.forSchema(tool.inputSchema(), random));
        }, Call::whole, FuzzToolArgumentsIT::assertCleanAndServing);
    }

    /**
     * The same check over a fixed list per tool, so every argument of every tool gets a wrong JSON type, every
     * required argument is left out once, every array argument gets 10 000 items and one string argument 100 kB
     * (the generated calls send 100 kB to the others now and then).
     */
    @TestFactory
    Stream<DynamicNode> everyArgumentOfEveryToolRefusesWrongTypesAndSurvivesHugeValues() {
        return tools.stream().map(tool -> DynamicContainer.dynamicContainer(tool.name(), fixedCases(tool).stream()
                .map(call -> FuzzCases.fixed(call.whole(), () -> assertCleanAndServing(call)))));
    }

    @SuppressWarnings("unchecked")
    static List<Call> fixedCases(Tool tool) {
        Map<String, Object> properties = (Map<String, Object>) tool.inputSchema().getOrDefault("properties",
                Map.of());
        List<String> required = (List<String>) tool.inputSchema().getOrDefault("required", List.of());
        Map<String, Object> minimal = new LinkedHashMap<>();
        required.forEach(name -> minimal.put(name, validValue((Map<String, Object>) properties.get(name))));

        List<Map<String, Object>> cases = new ArrayList<>();
        cases.add(Map.of());
        cases.add(with(minimal, "no_such_argument", 1));
        cases.add(with(minimal, "x".repeat(HostileArguments.HUGE_STRING), "y"));
        for (String name : required) {
            Map<String, Object> without = new LinkedHashMap<>(minimal);
            without.remove(name);
            cases.add(without);
        }
        boolean hugeStringSent = false;
        for (var property : properties.entrySet()) {
            String name = property.getKey();
            Map<String, Object> spec = (Map<String, Object>) property.getValue();
            for (Object wrong : List.of(42, List.of(Map.of("x", 1)))) {
                cases.add(with(minimal, name, wrong));
            }
            if ("string".equals(spec.get("type")) && !hugeStringSent) {
                cases.add(with(minimal, name, "\u0000\u202E\uD83D\uDCA9" + "x".repeat(HostileArguments.HUGE_STRING)));
                hugeStringSent = true;
            }
            if ("array".equals(spec.get("type"))) {
                Object item = validValue((Map<String, Object>) spec.get("items"));
                cases.add(with(minimal, name, Collections.nCopies(HostileArguments.HUGE_ARRAY, item)));
            }
        }
        return cases.stream().map(arguments -> new Call(tool.name(), arguments)).toList();
    }

    /** One call's outcome is clean, and the session still answers a ping afterwards. */
    static void assertCleanAndServing(Call call) {
        assumeTrue(brokeTheTransport == null, () -> "skipped: " + brokeTheTransport
                + " broke the transport or timed out");
        assertCleanOutcome(call);
        mcp.ping();
    }

    /** A result, an isError with a readable message that leaks nothing, or "Invalid params". */
    private static void assertCleanOutcome(Call call) {
        Tally tally = TALLIES.computeIfAbsent(call.tool(), tool -> new Tally());
        long started = System.nanoTime();
        try {
            CallToolResult result = mcp.callTool(new CallToolRequest(call.tool(), call.arguments()));
            if (Boolean.TRUE.equals(result.isError())) {
                String text = McpResults.text(result);
                tally.toolErrors.incrementAndGet();
                assertFalse(text.isBlank(), () -> call + " failed without a message");
                assertTrue(text.length() <= MAX_MESSAGE, () -> call + " answered a " + text.length()
                        + "-character error: " + Call.abbreviate(text));
                assertFalse(text.contains("Something went wrong") || text.contains("Internal error"),
                        () -> call + " hit an internal error: " + text);
                Leaks.assertNone(text);
            } else {
                tally.results.incrementAndGet();
            }
        } catch (McpError error) {
            tally.invalidParams.incrementAndGet();
            assertEquals(-32602, error.getJsonRpcError().code(), () -> call + " answered " + error.getJsonRpcError());
            Leaks.assertNone(error.getJsonRpcError().message());
        } catch (RuntimeException broken) {
            brokeTheTransport = call;
            fail(call + " broke the transport or timed out: " + broken, broken);
        } finally {
            tally.maxMillis.accumulateAndGet((System.nanoTime() - started) / 1_000_000, Math::max);
        }
    }

    static void assertServing() {
        mcp.ping();
        CallToolResult profile = mcp.callTool(new CallToolRequest("get_profile", Map.of()));
        assertFalse(Boolean.TRUE.equals(profile.isError()), () -> McpResults.text(profile));
        TestServers.assertHealthy(TestServers.sandboxUrl());
    }

    /** A value the argument accepts, so that a case tests one mistake at a time. */
    @SuppressWarnings("unchecked")
    static Object validValue(Map<String, Object> spec) {
        if (spec.containsKey("enum")) return ((List<Object>) spec.get("enum")).get(0);
        if (spec.containsKey("default")) return spec.get("default");
        return switch (String.valueOf(spec.get("type"))) {
            case "integer", "number" -> spec.get("minimum") instanceof Number minimum ? minimum : 1;
            case "boolean" -> false;
            case "array" -> List.of(validValue((Map<String, Object>) spec.get("items")));
            default -> "date".equals(spec.get("format")) ? "2026-11-02" : "RELIANCE";
        };
    }

    private static Map<String, Object> with(Map<String, Object> base, String name, Object value) {
        Map<String, Object> arguments = new LinkedHashMap<>(base);
        arguments.put(name, value);
        return arguments;
    }

    /** A tool call; printed abbreviated, as its arguments may hold 100 kB. */
    record Call(String tool, Map<String, Object> arguments) {
        @Override
        public String toString() {
            return tool + abbreviate(String.valueOf(arguments));
        }

        /** The call not abbreviated, for {@link FuzzCases} to abbreviate once. */
        String whole() {
            return tool + arguments;
        }

        static String abbreviate(String text) {
            return FuzzCases.abbreviate(text, 300);
        }
    }

    /** Outcomes of the cases run against one tool. */
    static final class Tally {
        final AtomicInteger results = new AtomicInteger();
        final AtomicInteger toolErrors = new AtomicInteger();
        final AtomicInteger invalidParams = new AtomicInteger();
        final AtomicLong maxMillis = new AtomicLong();

        int cases() {
            return results.get() + toolErrors.get() + invalidParams.get();
        }

        void add(Tally other) {
            results.addAndGet(other.results.get());
            toolErrors.addAndGet(other.toolErrors.get());
            invalidParams.addAndGet(other.invalidParams.get());
            maxMillis.accumulateAndGet(other.maxMillis.get(), Math::max);
        }

        @Override
        public String toString() {
            return String.format("%5d cases: %4d results, %4d isError, %3d invalid params; slowest %d ms", cases(),
                    results.get(), toolErrors.get(), invalidParams.get(), maxMillis.get());
        }
    }
}
