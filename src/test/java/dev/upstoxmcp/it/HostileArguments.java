package dev.upstoxmcp.it;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import tools.jackson.databind.json.JsonMapper;

/**
 * Tool arguments a careless or hostile client may send, generated from a tool's JSON input schema as tools/list
 * publishes it: values of the right JSON type but extreme (empty, 100 kB, odd Unicode, impossible dates, enum values in
 * the wrong case, numbers beyond any range), values of the wrong type, required arguments left out, unknown arguments
 * added and arrays of 10 000 items. Every choice is drawn from the {@link SplittableRandom} passed in, so one seed
 * gives one sequence of calls.
 */
final class HostileArguments {

    /** Keeps every request below the server's 1 MB body limit: an oversized body is tested in FuzzProtocolIT. */
    static final int MAX_REQUEST_BYTES = 900_000;
    static final int HUGE_STRING = 100_000;
    static final int HUGE_ARRAY = 10_000;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Text that tends to break parsers, resolvers, regexes and terminals. */
    static final List<String> ODD_TEXT = List.of("", " ", "\t\n", "\u0000", "RELI\u0000ANCE", "\u202EECNAILER",
            "\u200F\u05D0\u05D1\u200E", "TC\u200DS", "\u200B", "\uFEFFINFY", "\uD83D\uDCA9", "\uD83D\uDC69\u200D\uD83D"
                    + "\uDCBB", "\uD800", "\uDC00x", "e\u0301\u0301\u0301\u0301", "Z\u0351\u0352\u0353\u0354\u0355",
            "\u0928\u093F\u092B\u094D\u091F\u0940", "\uFF32\uFF25\uFF2C\uFF29\uFF21\uFF2E\uFF23\uFF25",
            "reliance", "RELIANCE ", "%s%n%x", "${jndi:x}",
            "' OR '1'='1", "../../etc/passwd", "NSE_EQ|", "|", "NSE_EQ|INE002A01018|x", ",,,", "\\", "\"", "<script>",
            "null", "undefined", "NaN", "-Infinity", "1e309", "9".repeat(400));

    static final List<String> ODD_DATES = List.of("0000-01-01", "9999-12-31", "2026-02-30", "2026-13-01",
            "2026-00-10", "-0001-01-01", "+10000-01-01", "2026-11-20T10:00:00", "20261120", "20-11-2026", " 2026-11-20",
            "2026-11-20\u0000", "１９９９-01-01", "1970-01-01", "2026-11-21", "2030-01-01", "today");

    static final List<String> ODD_PERIODS = List.of("0d", "999y", "1000d", "P-1Y", "P999999999Y", "P", "PT5H", "5x",
            "-3y", "3 y", "3Y", "P1Y2M3W4D", "1e3d", "٣y");

    static final List<Object> ODD_NUMBERS = List.of(0, -1, 1, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE,
            Long.MIN_VALUE, new BigInteger("1" + "0".repeat(40)), new BigDecimal("-1e40"), 1.5, -0.0, 1e308, 4.9e-324,
            "12", " 7 ", "1e3", "NaN", "Infinity", "0x10", "1_000", "١٢");

    private HostileArguments() {}

    /** Arguments for one call of a tool whose input schema is {@code schema}, under the server's body limit. */
    static Map<String, Object> forSchema(Map<String, Object> schema, SplittableRandom random) {
        while (true) {
            Map<String, Object> arguments = draw(schema, random);
            if (JSON.writeValueAsBytes(arguments).length < MAX_REQUEST_BYTES) return arguments;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> draw(Map<String, Object> schema, SplittableRandom random) {
        Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        List<String> required = (List<String>) schema.getOrDefault("required", List.of());
        Map<String, Object> arguments = new LinkedHashMap<>();
        for (var property : properties.entrySet()) {
            // a required argument is left out now and then, an optional one about half the time
            int present = required.contains(property.getKey()) ? 9 : 1;
            if (random.nextInt(present + 1) < present) {
                arguments.put(property.getKey(), valueFor((Map<String, Object>) property.getValue(), random));
            }
        }
        if (random.nextInt(4) == 0) arguments.put(unknownName(random), wrongType(random));
        return arguments;
    }

    /** A value for one argument: mostly of its own type (often extreme), sometimes of another type. */
    @SuppressWarnings("unchecked")
    static Object valueFor(Map<String, Object> spec, SplittableRandom random) {
        if (random.nextInt(5) == 0) return wrongType(random);
        return switch (String.valueOf(spec.get("type"))) {
            case "string" -> spec.containsKey("enum") ? enumValue((List<Object>) spec.get("enum"), random)
                    : "date".equals(spec.get("format")) ? (random.nextBoolean() ? Draw.one(random, ODD_DATES)
                            : text(random))
                    : spec.containsKey("pattern") ? (random.nextBoolean() ? Draw.one(random, ODD_PERIODS)
                            : text(random))
                    : text(random);
            case "integer", "number" -> number(spec, random);
            case "boolean" -> Draw.one(random, List.of(true, false, "TRUE", "yes", 1, 0, ""));
            case "array" -> array((Map<String, Object>) spec.getOrDefault("items", Map.of("type", "string")), random);
            default -> text(random);
        };
    }

    private static Object text(SplittableRandom random) {
        return Draw.frequency(random,
                Draw.option(4, () -> Draw.one(random, ODD_TEXT)),
                Draw.option(3, () -> Draw.text(random, 60)),
                Draw.option(1, () -> {
                    String unit = Draw.one(random, List.of("x", "RELIANCE", "\uD83D\uDE80", "\u0000", "\u202E"));
                    return unit.repeat(HUGE_STRING / unit.length());
                }));
    }

    private static Object enumValue(List<Object> values, SplittableRandom random) {
        String value = String.valueOf(Draw.one(random, values));
        return Draw.oneOf(random,
                () -> value.toUpperCase(Locale.ROOT),
                () -> Character.toUpperCase(value.charAt(0)) + value.substring(1),
                () -> " " + value + "\t",
                () -> value.replace('_', '-'),
                () -> value + "\u200B",
                () -> value.toUpperCase(Locale.forLanguageTag("tr")),
                () -> Draw.one(random, List.of("", "all", "NONE", "*", "null")));
    }

    private static Object number(Map<String, Object> spec, SplittableRandom random) {
        List<Object> bounds = new ArrayList<>();
        if (spec.get("minimum") instanceof Number minimum) bounds.add(minimum.longValue() - 1);
        if (spec.get("maximum") instanceof Number maximum) bounds.add(maximum.longValue() + 1);
        return Draw.oneOf(random,
                () -> Draw.one(random, ODD_NUMBERS),
                () -> Draw.anyLong(random),
                () -> bounds.isEmpty() ? 0 : Draw.one(random, bounds));
    }

    @SuppressWarnings("unchecked")
    private static Object array(Map<String, Object> items, SplittableRandom random) {
        String one = items.containsKey("enum") ? String.valueOf(((List<Object>) items.get("enum")).get(0))
                : "RELIANCE";
        return Draw.oneOf(random,
                () -> List.of(),
                () -> {
                    List<Object> list = new ArrayList<>();
                    for (int i = random.nextInt(6); i > 0; i--) list.add(valueFor(items, random));
                    return list;
                },
                () -> Collections.nCopies(HUGE_ARRAY, one),
                () -> Collections.nCopies(HUGE_ARRAY, ""),
                () -> Collections.nCopies(HUGE_ARRAY, List.of()),
                () -> Arrays.asList(one, null, 7),
                () -> List.of(List.of(List.of(one))),
                () -> one + "," + one.toUpperCase(Locale.ROOT) + ",,");
    }

    /** Another JSON type than the schema asks for. */
    static Object wrongType(SplittableRandom random) {
        return Draw.one(random, List.of(42, -7.25, true, Map.of(), Map.of("a", Map.of("b", List.of(1))), List.of(),
                List.of("x", 1, false), ""));
    }

    private static String unknownName(SplittableRandom random) {
        return Draw.oneOf(random,
                () -> Draw.one(random, List.of("", " ", "instrument ", "Instrument", "__proto__", "constructor",
                        "$ref", "a.b", "\u0000", "\uD83D\uDCA9", "\u202Eevil")),
                () -> "k".repeat(HUGE_STRING),
                () -> Draw.text(random, 1, 30));
    }
}
