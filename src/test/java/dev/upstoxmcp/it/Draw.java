package dev.upstoxmcp.it;

import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/** Random choices of the fuzz ITs' generators, all drawn from the case's seeded {@link SplittableRandom}. */
final class Draw {

    /** The characters JSON gives meaning to. */
    private static final String JSON_CHARACTERS = "{}[]\":,\\/0123456789.-+eE";

    private Draw() {}

    /** An option of {@link #frequency}: drawn {@code weight} times as often as an option of weight 1. */
    record Option<T>(int weight, Supplier<? extends T> value) {}

    static <T> Option<T> option(int weight, Supplier<? extends T> value) {
        return new Option<>(weight, value);
    }

    /** One of the options, each as often as its weight says. */
    @SafeVarargs
    static <T> T frequency(SplittableRandom random, Option<? extends T>... options) {
        int total = 0;
        for (Option<? extends T> option : options) total += option.weight();
        int drawn = random.nextInt(total);
        for (Option<? extends T> option : options) {
            drawn -= option.weight();
            if (drawn < 0) return option.value().get();
        }
        throw new IllegalStateException("unreachable: weights add up to " + total);
    }

    /** One of the suppliers, each equally often. */
    @SafeVarargs
    static <T> T oneOf(SplittableRandom random, Supplier<? extends T>... values) {
        return values[random.nextInt(values.length)].get();
    }

    /** One of the values, each equally often. */
    static <T> T one(SplittableRandom random, List<? extends T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** 0 to {@code maxLength} characters of {@link #character}. */
    static String text(SplittableRandom random, int maxLength) {
        return text(random, 0, maxLength);
    }

    static String text(SplittableRandom random, int minLength, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(minLength, maxLength + 1);
        for (int i = 0; i < length; i++) text.append(character(random));
        return text.toString();
    }

    /** 0 to {@code maxLength} characters, each one of {@code characters}. */
    static String textOf(SplittableRandom random, String characters, int maxLength) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(maxLength + 1);
        for (int i = 0; i < length; i++) text.append(characters.charAt(random.nextInt(characters.length())));
        return text.toString();
    }

    /**
     * Any UTF-16 code unit, lone surrogates included, weighted towards the ones that break things: printable ASCII,
     * control characters and JSON's own punctuation, besides any unit of the whole range.
     */
    static char character(SplittableRandom random) {
        return frequency(random,
                option(4, () -> (char) random.nextInt(0x20, 0x7F)),
                option(1, () -> (char) random.nextInt(0x20)),
                option(1, () -> JSON_CHARACTERS.charAt(random.nextInt(JSON_CHARACTERS.length()))),
                option(4, () -> (char) random.nextInt(0x10000)));
    }

    /** Any long, half the time a small one near zero (where off-by-one mistakes live). */
    static long anyLong(SplittableRandom random) {
        return random.nextBoolean() ? random.nextLong() : random.nextLong(-1_000, 1_001);
    }
}
