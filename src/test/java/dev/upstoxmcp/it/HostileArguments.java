package dev.upstoxmcp.it;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tool arguments a careless or hostile client may send, generated from a tool's JSON input schema as tools/list
 * publishes it: values of the right JSON type but extreme (empty, 100 kB, odd Unicode, impossible dates, enum values in
 * the wrong case, numbers beyond any range), values of the wrong type, required arguments left out, unknown arguments
 * added and arrays of 10 000 items.
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

    /** Arguments for one call of a tool whose input schema is {@code schema}. */
    @SuppressWarnings("unchecked")
    static Arbitrary<Map<String, Object>> forSchema(Map<String, Object> schema) {
        Map<String, Object> properties = (Map<String, Object>) schema.getOrDefault("properties", Map.of());
        List<String> required = (List<String>) schema.getOrDefault("required", List.of());
        List<Arbitrary<Entry>> entries = new ArrayList<>();
        for (var property : properties.entrySet()) {
            Map<String, Object> spec = (Map<String, Object>) property.getValue();
            boolean mustBeThere = required.contains(property.getKey());
            Arbitrary<Object> value = valueFor(spec);
            // a required argument is left out now and then, an optional one about half the time
            Arbitrary<Boolean> present = Arbitraries.frequency(Tuple.of(mustBeThere ? 9 : 1, true),
                    Tuple.of(1, false));
            entries.add(Combinators.combine(present, value)
                    .as((sent, v) -> sent ? new Entry(property.getKey(), v) : Entry.ABSENT));
        }
        entries.add(unknownArgument());
        return Combinators.combine(entries).as(chosen -> {
            Map<String, Object> arguments = new LinkedHashMap<>();
            chosen.stream().filter(entry -> entry != Entry.ABSENT).forEach(entry -> arguments.put(entry.name,
                    entry.value));
            return arguments;
        }).filter(arguments -> JSON.writeValueAsBytes(arguments).length < MAX_REQUEST_BYTES);
    }

    /** A value for one argument: mostly of its own type (often extreme), sometimes of another type. */
    @SuppressWarnings("unchecked")
    static Arbitrary<Object> valueFor(Map<String, Object> spec) {
        String type = String.valueOf(spec.get("type"));
        Arbitrary<Object> sameType = switch (type) {
            case "string" -> spec.containsKey("enum") ? enumValue((List<Object>) spec.get("enum"))
                    : "date".equals(spec.get("format")) ? Arbitraries.oneOf(Arbitraries.of(ODD_DATES).map(o -> o),
                            text())
                    : spec.containsKey("pattern") ? Arbitraries.oneOf(Arbitraries.of(ODD_PERIODS).map(o -> o), text())
                    : text();
            case "integer", "number" -> number(spec);
            case "boolean" -> Arbitraries.of(true, false, "TRUE", "yes", 1, 0, "").map(o -> o);
            case "array" -> array((Map<String, Object>) spec.getOrDefault("items", Map.of("type", "string")));
            default -> text();
        };
        return Arbitraries.frequencyOf(Tuple.of(4, sameType), Tuple.of(1, wrongType()));
    }

    private static Arbitrary<Object> text() {
        return Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.of(ODD_TEXT).map(o -> o)),
                Tuple.of(3, Arbitraries.strings().all().ofMaxLength(60).map(o -> o)),
                Tuple.of(1, Arbitraries.of("x", "RELIANCE", "\uD83D\uDE80", "\u0000", "\u202E")
                        .map(unit -> (Object) unit.repeat(HUGE_STRING / unit.length()))));
    }

    private static Arbitrary<Object> enumValue(List<Object> values) {
        Arbitrary<String> value = Arbitraries.of(values).map(String::valueOf);
        return Arbitraries.oneOf(
                value.map(v -> v.toUpperCase(Locale.ROOT)),
                value.map(v -> Character.toUpperCase(v.charAt(0)) + v.substring(1)),
                value.map(v -> " " + v + "\t"),
                value.map(v -> v.replace('_', '-')),
                value.map(v -> v + "\u200B"),
                value.map(v -> v.toUpperCase(Locale.forLanguageTag("tr"))),
                Arbitraries.of("", "all", "NONE", "*", "null").map(o -> o)).map(o -> o);
    }

    private static Arbitrary<Object> number(Map<String, Object> spec) {
        List<Object> bounds = new ArrayList<>();
        if (spec.get("minimum") instanceof Number minimum) bounds.add(minimum.longValue() - 1);
        if (spec.get("maximum") instanceof Number maximum) bounds.add(maximum.longValue() + 1);
        return Arbitraries.oneOf(Arbitraries.of(ODD_NUMBERS), Arbitraries.longs().map(o -> o),
                bounds.isEmpty() ? Arbitraries.of(0).map(o -> o) : Arbitraries.of(bounds));
    }

    @SuppressWarnings("unchecked")
    private static Arbitrary<Object> array(Map<String, Object> items) {
        Arbitrary<Object> item = valueFor(items);
        String one = items.containsKey("enum") ? String.valueOf(((List<Object>) items.get("enum")).get(0))
                : "RELIANCE";
        return Arbitraries.oneOf(
                Arbitraries.just(List.of()),
                item.list().ofMaxSize(5).map(o -> o),
                Arbitraries.just(Collections.nCopies(HUGE_ARRAY, one)),
                Arbitraries.just(Collections.nCopies(HUGE_ARRAY, "")),
                Arbitraries.just(Collections.nCopies(HUGE_ARRAY, List.of())),
                Arbitraries.just(java.util.Arrays.asList(one, null, 7)),
                Arbitraries.just(List.of(List.of(List.of(one)))),
                Arbitraries.just(one + "," + one.toUpperCase(Locale.ROOT) + ",,"));
    }

    /** Another JSON type than the schema asks for. */
    static Arbitrary<Object> wrongType() {
        return Arbitraries.of(42, -7.25, true, Map.of(), Map.of("a", Map.of("b", List.of(1))), List.of(),
                List.of("x", 1, false), "").map(o -> o);
    }

    private static Arbitrary<Entry> unknownArgument() {
        Arbitrary<String> name = Arbitraries.oneOf(Arbitraries.of("", " ", "instrument ", "Instrument", "__proto__",
                        "constructor", "$ref", "a.b", "\u0000", "\uD83D\uDCA9", "\u202Eevil"),
                Arbitraries.just("k".repeat(HUGE_STRING)), Arbitraries.strings().all().ofMinLength(1).ofMaxLength(30));
        Arbitrary<Entry> extra = Combinators.combine(name, wrongType()).as(Entry::new);
        return Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(Entry.ABSENT)), Tuple.of(1, extra));
    }

    private record Entry(String name, Object value) {
        static final Entry ABSENT = new Entry(null, null);
    }
}
