package dev.upstoxmcp.sandbox;

import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/** WireMock's value matchers that the sandbox supports: equalTo, matches, contains, absent. */
sealed interface ValueMatcher {

    /** Whether the (possibly absent, then null) value satisfies the matcher. */
    boolean test(String value);

    record EqualTo(String expected) implements ValueMatcher {
        public boolean test(String value) {
            return expected.equals(value);
        }
    }

    record Matches(Pattern pattern) implements ValueMatcher {
        public boolean test(String value) {
            return value != null && pattern.matcher(value).matches();
        }
    }

    record Contains(String part) implements ValueMatcher {
        public boolean test(String value) {
            return value != null && value.contains(part);
        }
    }

    record Absent() implements ValueMatcher {
        public boolean test(String value) {
            return value == null;
        }
    }

    static ValueMatcher parse(String where, JsonNode spec) {
        if (spec.size() != 1) throw new IllegalArgumentException(where + ": exactly one matcher expected");
        String kind = spec.propertyNames().iterator().next();
        JsonNode operand = spec.get(kind);
        return switch (kind) {
            case "equalTo" -> new EqualTo(operand.asString());
            case "matches" -> new Matches(Pattern.compile(operand.asString()));
            case "contains" -> new Contains(operand.asString());
            case "absent" -> new Absent();
            default -> throw new IllegalArgumentException(where + ": unsupported matcher " + kind);
        };
    }
}
