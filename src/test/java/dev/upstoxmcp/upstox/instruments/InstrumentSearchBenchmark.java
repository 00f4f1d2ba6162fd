package dev.upstoxmcp.upstox.instruments;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import dev.upstoxmcp.mcp.ToolCallException;

/**
 * Instrument search over a full-size master: load time (gunzip, parse, index), heap the loaded master holds, and
 * search and symbol-resolution latency over a mix of queries (exact symbols, names, ISINs, keys, typos, option
 * contracts, filtered derivative searches). Prints figures; asserts nothing.
 *
 * <p>{@code ./mvnw -q test-compile exec:java@instrument-search} (options: {@code -Dbench.rounds=20000}).
 */
public final class InstrumentSearchBenchmark {

    private static final List<InstrumentQuery> QUERIES = List.of(
            InstrumentQuery.text("RELIANCE"), InstrumentQuery.text("HDFC Bank"), InstrumentQuery.text("Nifty 50"),
            InstrumentQuery.text("INE002A01018"), InstrumentQuery.text("NSE_EQ|INE040A01034"),
            InstrumentQuery.text("relianse"), InstrumentQuery.text("infosys"), InstrumentQuery.text("tata"),
            InstrumentQuery.text("NIFTY 26000 CE"), InstrumentQuery.text("BANKNIFTY FUT"),
            InstrumentQuery.text("NIFTY"), InstrumentQuery.text("SENSEX"), InstrumentQuery.text("gold"),
            new InstrumentQuery("NIFTY", "NSE", "FO", "PE", LocalDate.of(2026, 12, 29)),
            new InstrumentQuery("CRUDEOIL", "MCX", null, "FUT", null), InstrumentQuery.text("NIFTY26DEC26000CE"),
            InstrumentQuery.text("zz"));
    private static final List<String> RESOLVE = List.of("RELIANCE", "HDFC Bank", "Nifty 50", "INFY", "SBIN",
            "ITC", "NIFTY 26000 CE 29 DEC 26", "NIFTY26DEC26000CE", "NSE_EQ|INE002A01018", "Bharti Airtel");

    private InstrumentSearchBenchmark() {}

    public static void main(String[] args) throws IOException {
        int rounds = Integer.getInteger("bench.rounds", 20_000);
        Path file = Files.createTempFile("complete", ".json.gz");
        try {
            int records = new FullSizeMaster().write(Path.of("sandbox-fixtures/__files/instruments/complete.json"),
                    file);
            System.out.printf(Locale.ROOT, "Instrument master: %,d records, %.1f MB gzipped%n", records,
                    Files.size(file) / 1e6);
            long heapBefore = usedHeapAfterGc();
            long[] loads = new long[5];
            InstrumentMaster master = null;
            for (int i = 0; i < loads.length; i++) {
                master = null;
                long start = System.nanoTime();
                try (InputStream in = Files.newInputStream(file)) {
                    master = new InstrumentMaster(InstrumentFile.read(in), Instant.now());
                }
                loads[i] = System.nanoTime() - start;
            }
            long held = usedHeapAfterGc() - heapBefore;
            System.out.printf(Locale.ROOT, "Load (gunzip + parse + index): first %.0f ms, then best of %d %.0f ms; "
                    + "heap held %.0f MB (%d instruments)%n", loads[0] / 1e6, loads.length - 1,
                    Arrays.stream(loads, 1, loads.length).min().orElseThrow() / 1e6, held / 1e6, master.size());

            InstrumentMaster loaded = master;
            report("search_instruments (17 query kinds, limit 10)", rounds,
                    i -> loaded.search(QUERIES.get(i % QUERIES.size()), 10));
            InstrumentResolver resolver = new InstrumentResolver(InstrumentCatalog.of(loaded));
            report("symbol resolution (10 inputs)", rounds, i -> {
                try {
                    resolver.resolve(RESOLVE.get(i % RESOLVE.size()));
                } catch (ToolCallException ambiguous) {
                    // an answer too: the candidates
                }
            });
            for (InstrumentQuery query : QUERIES) {
                report("  \"" + query.text() + "\"" + (query.type() == null ? "" : " type " + query.type()),
                        rounds / QUERIES.size(), i -> loaded.search(query, 10));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void report(String what, int rounds, Consumer<Integer> operation) {
        for (int i = 0; i < Math.max(1000, rounds / 4); i++) operation.accept(i);     // warm-up
        long[] nanos = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            operation.accept(i);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(Locale.ROOT, "%-52s p50 %7.3f ms  p99 %7.3f ms  max %7.3f ms%n", what,
                nanos[rounds / 2] / 1e6, nanos[(int) (rounds * 0.99)] / 1e6, nanos[rounds - 1] / 1e6);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
