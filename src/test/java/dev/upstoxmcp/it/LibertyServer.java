package dev.upstoxmcp.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A Liberty server an IT starts itself, for tests that need more servers than the build starts (a cluster): a copy of
 * a server the build created (same runtime, features and application) with its own name, ports and environment.
 * {@link #close()} stops it; a shutdown hook stops it too if the test JVM ends first.
 */
public final class LibertyServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    /** Left behind by the template's own runs; a copy starts clean. */
    private static final Set<String> NOT_COPIED = Set.of("logs", "workarea", "tranlog", "server.env",
            "bootstrap.properties", "data");

    private final Path servers;
    private final String name;
    private final String url;
    private final Thread stopOnExit = new Thread(this::stop);
    private boolean stopped;

    private LibertyServer(Path servers, String name, String url) {
        this.servers = servers;
        this.name = name;
        this.url = url;
    }

    /**
     * Copies the build's server {@code template} as {@code name}, with these ports and environment (server.env),
     * starts it and waits until its readiness check answers 200.
     */
    public static LibertyServer start(String template, String name, int httpPort, int httpsPort,
                                      Map<String, String> environment) {
        Path servers = Path.of(System.getProperty("servers.dir", "target/liberty/wlp/usr/servers"));
        LibertyServer server = new LibertyServer(servers, name, "http://localhost:" + httpPort);
        server.stopIfRunning();
        try {
            Path dir = servers.resolve(name);
            deleteTree(dir);
            copyTree(servers.resolve(template), dir);
            Files.writeString(dir.resolve("bootstrap.properties"), "http.port=" + httpPort + "\nhttps.port="
                    + httpsPort + "\napp.update.trigger=disabled\n");
            Files.writeString(dir.resolve("server.env"), environment.entrySet().stream()
                    .map(variable -> variable.getKey() + "=" + variable.getValue())
                    .collect(Collectors.joining("\n", "", "\n")));
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot create server " + name, failed);
        }
        Runtime.getRuntime().addShutdownHook(server.stopOnExit);
        server.command("start", START_TIMEOUT);
        server.awaitReady();
        return server;
    }

    public String url() {
        return url;
    }

    public String log() throws IOException {
        return Files.readString(servers.resolve(name).resolve("logs/messages.log"));
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException exiting) {
            // the hook is running or has run
        }
    }

    private synchronized void stop() {
        if (stopped) return;
        stopped = true;
        command("stop", Duration.ofSeconds(60));
    }

    private void stopIfRunning() {
        if (Files.isDirectory(servers.resolve(name))) command("stop", Duration.ofSeconds(60));
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        String last = "no answer";
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> ready = TestServers.get(url + "/health/ready");
                if (ready.statusCode() == 200) return;
                last = ready.statusCode() + " " + ready.body();
            } catch (AssertionError notListening) {
                last = "not listening";
            }
            sleep(Duration.ofMillis(500));
        }
        close();
        throw new AssertionError("server " + name + " not ready after " + START_TIMEOUT.toSeconds() + " s: " + last);
    }

    /** Runs {@code bin/server <action> <name>}; its output goes to target/<name>-<action>.txt. */
    private void command(String action, Duration timeout) {
        Path wlp = servers.getParent().getParent();
        Path output = Path.of("target", name + "-" + action + ".txt");
        try {
            Process process = new ProcessBuilder(List.of(wlp.resolve("bin/server").toString(), action, name))
                    .redirectErrorStream(true).redirectOutput(output.toFile()).start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("server " + action + " " + name + " took over " + timeout.toSeconds() + " s");
            }
            // start: 0 started, 1 already running; stop: 0 stopped, 1 was not running
            if (process.exitValue() > 1) {
                throw new AssertionError("server " + action + " " + name + " failed (" + process.exitValue() + "): "
                        + Files.readString(output, StandardCharsets.UTF_8));
            }
        } catch (IOException failed) {
            throw new UncheckedIOException("cannot run server " + action + " " + name, failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted during server " + action + " " + name, interrupted);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path relative = from.relativize(path);
                if (relative.getNameCount() > 0 && NOT_COPIED.contains(relative.getName(0).toString())) continue;
                Path target = to.resolve(relative.toString());
                if (Files.isDirectory(path)) Files.createDirectories(target);
                else Files.copy(path, target);
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.delete(path);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", interrupted);
        }
    }
}
