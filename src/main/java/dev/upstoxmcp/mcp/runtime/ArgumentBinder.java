package dev.upstoxmcp.mcp.runtime;

import java.io.Serial;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;

import dev.upstoxmcp.mcp.ToolCallException;

/**
 * Binds the JSON arguments of a tool call to the Java parameters of its method. Every problem (missing, unknown or
 * mistyped argument) is collected and reported in one {@link ToolCallException} that names the argument and what it
 * accepts, so the model can correct all of them in one retry. Leniency is deliberate where models are sloppy: numbers
 * sent as strings, and a comma-separated string for a list.
 */
final class ArgumentBinder {

    static final Pattern RELATIVE_PERIOD = Pattern.compile("(\\d{1,3})\\s*([dwmy])");

    private ArgumentBinder() {}

    static Object[] bind(ToolDefinition tool, Map<String, Object> supplied) {
        Map<String, Object> arguments = supplied == null ? Map.of() : supplied;
        List<String> problems = new ArrayList<>();
        TreeSet<String> unknown = new TreeSet<>(arguments.keySet());
        tool.argumentNames().forEach(unknown::remove);
        unknown.forEach(name -> problems.add("unknown argument " + echo(name) + " (" + tool.name() + " accepts "
                + (tool.arguments().isEmpty() ? "no arguments" : String.join(", ", tool.argumentNames())) + ")"));

        Object[] values = new Object[tool.arguments().size()];
        for (int i = 0; i < values.length; i++) {
            ToolArgument argument = tool.arguments().get(i);
            try {
                values[i] = valueOf(argument, arguments.get(argument.name()));
            } catch (Rejected rejected) {
                problems.add(rejected.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new ToolCallException("Invalid arguments for " + tool.name() + ": " + String.join("; ", problems)
                    + ".");
        }
        return values;
    }

    /** The default of an argument, converted like a supplied value. */
    static Object defaultOf(ToolArgument argument) {
        try {
            return convert(argument, argument.defaultValue());
        } catch (Rejected rejected) {
            throw new ToolCallException(rejected.getMessage());
        }
    }

    private static Object valueOf(ToolArgument argument, Object supplied) {
        if (supplied != null) {
            Object value = convert(argument, supplied);
            return argument.optional() ? Optional.of(value) : value;
        }
        if (argument.defaultValue() != null) return convert(argument, argument.defaultValue());
        if (argument.optional()) return Optional.empty();
        throw new Rejected(argument.name() + " is required (" + argument.description() + ")");
    }

    private static Object convert(ToolArgument argument, Object raw) {
        Class<?> element = argument.elementType();
        if (element == null) return single(argument.name(), argument.rawValueType(), raw);
        Collection<?> items = raw instanceof Collection<?> collection ? collection
                : raw instanceof String text ? Arrays.stream(text.split(",")).map(String::strip)
                        .filter(item -> !item.isEmpty()).toList()
                : List.of(raw);
        List<Object> values = new ArrayList<>(items.size());
        for (Object item : items) {
            values.add(single(argument.name(), element, item));
        }
        return List.copyOf(values);
    }

    private static Object single(String name, Class<?> type, Object raw) {
        if (type == String.class) return text(name, raw);
        if (type == int.class || type == Integer.class) return Math.toIntExact(whole(name, raw, Integer.MIN_VALUE,
                Integer.MAX_VALUE));
        if (type == long.class || type == Long.class) return whole(name, raw, Long.MIN_VALUE, Long.MAX_VALUE);
        if (type == double.class || type == Double.class) return decimal(name, raw).doubleValue();
        if (type == BigDecimal.class) return decimal(name, raw);
        if (type == boolean.class || type == Boolean.class) return bool(name, raw);
        if (type == LocalDate.class) return date(name, raw);
        if (type == Period.class) return period(name, raw);
        if (type.isEnum()) return constant(name, type, raw);
        throw new IllegalStateException("unsupported argument type " + type);
    }

    private static String text(String name, Object raw) {
        if (raw instanceof String text) return text;
        if (raw instanceof Number || raw instanceof Boolean) return raw.toString();
        throw new Rejected(name + " must be text; got " + echo(raw));
    }

    private static long whole(String name, Object raw, long min, long max) {
        BigDecimal value = decimalOrNull(raw);
        if (value != null && value.stripTrailingZeros().scale() <= 0
                && value.compareTo(BigDecimal.valueOf(min)) >= 0 && value.compareTo(BigDecimal.valueOf(max)) <= 0) {
            return value.longValueExact();
        }
        throw new Rejected(name + " must be a whole number; got " + echo(raw));
    }

    private static BigDecimal decimal(String name, Object raw) {
        BigDecimal value = decimalOrNull(raw);
        if (value == null) throw new Rejected(name + " must be a number; got " + echo(raw));
        return value;
    }

    private static BigDecimal decimalOrNull(Object raw) {
        if (raw instanceof BigDecimal decimal) return decimal;
        if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) return BigDecimal.valueOf(
                ((Number) raw).longValue());
        if (raw instanceof Number number && Double.isFinite(number.doubleValue())) {
            return new BigDecimal(raw.toString());
        }
        if (raw instanceof String text && text.strip().matches("[-+]?\\d{1,30}(\\.\\d{1,30})?")) {
            return new BigDecimal(text.strip());
        }
        return null;
    }

    private static boolean bool(String name, Object raw) {
        if (raw instanceof Boolean flag) return flag;
        if ("true".equalsIgnoreCase(String.valueOf(raw).strip())) return true;
        if ("false".equalsIgnoreCase(String.valueOf(raw).strip())) return false;
        throw new Rejected(name + " must be true or false; got " + echo(raw));
    }

    private static LocalDate date(String name, Object raw) {
        String text = String.valueOf(raw).strip();
        if (!(raw instanceof String) || !text.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw new Rejected(name + " must be a date like 2025-04-01 (yyyy-MM-dd); got " + echo(raw));
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException impossibleDate) {
            throw new Rejected(name + " is not a calendar date; got " + echo(raw));
        }
    }

    /** "3y", "6m", "2w", "10d" (or ISO-8601 such as P1Y6M). */
    private static Period period(String name, Object raw) {
        String text = String.valueOf(raw).strip().toLowerCase(Locale.ROOT);
        var relative = RELATIVE_PERIOD.matcher(text);
        if (relative.matches()) {
            int amount = Integer.parseInt(relative.group(1));
            return switch (relative.group(2)) {
                case "d" -> Period.ofDays(amount);
                case "w" -> Period.ofWeeks(amount);
                case "m" -> Period.ofMonths(amount);
                default -> Period.ofYears(amount);
            };
        }
        Rejected invalid = new Rejected(name + " must be a length such as 5d, 2w, 6m or 3y; got " + echo(raw));
        if (!text.startsWith("p")) throw invalid;
        try {
            return Period.parse(text.toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException notIso) {
            throw invalid;
        }
    }

    private static Object constant(String name, Class<?> type, Object raw) {
        String wanted = String.valueOf(raw).strip().replace('-', '_');
        for (Object constant : type.getEnumConstants()) {
            if (((Enum<?>) constant).name().equalsIgnoreCase(wanted)) return constant;
        }
        throw new Rejected(name + " must be one of " + String.join(", ", ToolSchemas.enumValues(type)) + "; got "
                + echo(raw));
    }

    private static String echo(Object raw) {
        return ToolCallException.echo(raw);
    }

    /** One rejected argument; its message is user-facing and the stack trace is never needed. */
    private static final class Rejected extends RuntimeException {
        @Serial
        private static final long serialVersionUID = 1L;

        Rejected(String message) {
            super(message, null, false, false);
        }
    }
}
