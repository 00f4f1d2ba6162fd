package dev.upstoxmcp.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;

/** Memory of a server process: resident set size from /proc, and for ours the heap in use from /metrics. */
record Footprint(double heapMb, double rssMb) {

    private static final double MB = 1024.0 * 1024.0;

    /** RSS of the process and, when {@code metricsUrl} is given, the JVM heap in use that it reports. */
    static Footprint of(long pid, String metricsUrl, HttpClient http) {
        return new Footprint(metricsUrl == null ? Double.NaN : heapMb(metricsUrl, http), rssMb(pid));
    }

    String text() {
        return Double.isNaN(heapMb) ? String.format(Locale.ROOT, "RSS %.0f", rssMb)
                : String.format(Locale.ROOT, "heap %.0f, RSS %.0f", heapMb, rssMb);
    }

    static double rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
            }
        } catch (IOException | RuntimeException unreadable) {
            // the process is gone or /proc is not there
        }
        return Double.NaN;
    }

    /** {@code memory_usedHeap_bytes} of MicroProfile Metrics' base scope. */
    private static double heapMb(String metricsUrl, HttpClient http) {
        try {
            String text = http.send(HttpRequest.newBuilder(URI.create(metricsUrl + "/metrics?scope=base"))
                    .timeout(Duration.ofSeconds(10)).build(), BodyHandlers.ofString()).body();
            for (String line : text.split("\n")) {
                if (line.startsWith("memory_usedHeap_bytes")) {
                    return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)) / MB;
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            // reported as unknown
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        return Double.NaN;
    }
}
