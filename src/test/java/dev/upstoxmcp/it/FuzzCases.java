package dev.upstoxmcp.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * The cases of the fuzz ITs as JUnit dynamic tests. A generated case draws from its own {@link SplittableRandom},
 * made from the run's seed, the generator's name and the case's index only, so the seed and index a failure names
 * reproduce it whatever ran before. The seed is {@value #DEFAULT_SEED} unless {@code -Dfuzz.seed} gives another.
 * <p>
 * The first failing generated case fails and the rest of its generator is skipped, as a failure tends to repeat and
 * may have left the server unusable. With {@code -Dfuzz.collect} every case runs and each failure is also printed on
 * one {@code FINDING} line, to see every finding of a run at once.
 */
final class FuzzCases {

    static final long DEFAULT_SEED = 20261120L;
    static final long SEED = Long.getLong("fuzz.seed", DEFAULT_SEED);
    static final boolean COLLECT = System.getProperty("fuzz.collect") != null;
    private static final int NAME_LENGTH = 100;
    private static final int MESSAGE_LENGTH = 300;

    private FuzzCases() {}

    /** Prints the seed of the run, so that a failure in a log can be reproduced. */
    static void announce(Class<?> suite) {
        System.out.printf("fuzz %s: seed %d (-Dfuzz.seed=N draws other cases)%s%n", suite.getSimpleName(), SEED,
                COLLECT ? ", collecting every finding" : "");
    }

    /**
     * {@code count} cases of {@code generator}, each checked by {@code check}; {@code describe} names a case in the
     * test's name and in its failure.
     */
    static <T> Stream<DynamicTest> generated(String generator, int count, Function<SplittableRandom, T> draw,
            Function<T, String> describe, ThrowingConsumer<T> check) {
        long base = new SplittableRandom(SEED ^ ((long) generator.hashCode() << 32)).nextLong();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        return IntStream.range(0, count).mapToObj(index -> {
            T value = draw.apply(new SplittableRandom(base + index));
            String description = describe.apply(value);
            String where = generator + " case " + index + " of " + count + ", seed " + SEED + ": " + abbreviate(
                    description, MESSAGE_LENGTH);
            return DynamicTest.dynamicTest("#" + index + " " + abbreviate(description, NAME_LENGTH), () -> {
                assumeTrue(firstFailure.get() == null, () -> "skipped after " + firstFailure.get()
                        + " failed (-Dfuzz.collect runs every case)");
                try {
                    check.accept(value);
                } catch (Throwable failure) {
                    if (!COLLECT) firstFailure.set(generator + " case " + index);
                    throw finding(where, failure);
                }
            });
        });
    }

    /** One fixed case named {@code name}. */
    static DynamicTest fixed(String name, Executable check) {
        return DynamicTest.dynamicTest(abbreviate(name, NAME_LENGTH), () -> {
            try {
                check.execute();
            } catch (Throwable failure) {
                throw finding(abbreviate(name, MESSAGE_LENGTH), failure);
            }
        });
    }

    private static AssertionError finding(String where, Throwable failure) {
        AssertionError finding = new AssertionError(where + ": " + failure.getMessage(), failure);
        if (COLLECT) System.out.println("FINDING " + abbreviate(finding.getMessage(), 2 * MESSAGE_LENGTH));
        return finding;
    }

    /**
     * At most {@code length} characters of {@code text}; control, format (bidi, ZWJ), unassigned and lone surrogate
     * characters shown as {@code ?} so that names and messages stay readable in consoles and XML reports.
     */
    static String abbreviate(String text, int length) {
        StringBuilder shown = new StringBuilder();
        text.codePoints().limit(length).forEach(point -> {
            switch (Character.getType(point)) {
                case Character.CONTROL, Character.FORMAT, Character.UNASSIGNED, Character.SURROGATE,
                        Character.PRIVATE_USE -> shown.append('?');
                default -> shown.appendCodePoint(point);
            }
        });
        return text.codePointCount(0, text.length()) <= length ? shown.toString()
                : shown + "…(" + text.length() + " chars)";
    }
}
