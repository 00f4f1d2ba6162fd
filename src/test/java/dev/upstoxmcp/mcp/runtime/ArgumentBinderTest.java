package dev.upstoxmcp.mcp.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.upstoxmcp.mcp.ToolCallException;
import org.junit.jupiter.api.Test;

class ArgumentBinderTest {

    static final ToolDefinition ECHO = ToolIntrospectorTest.echo();

    @Test
    void omittedArgumentsTakeTheirDefaultsOrAreEmpty() {
        Object[] values = ArgumentBinder.bind(ECHO, Map.of("text", "hi"));
        assertArrayEquals(new Object[] {"hi", 2, Optional.empty(), SampleTools.Shade.GREEN, Optional.empty(),
                Optional.empty(), false}, values);
    }

    @Test
    void suppliedValuesAreConvertedLeniently() {
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("text", 42);
        arguments.put("count", "3");
        arguments.put("tags", "a, b,,c");
        arguments.put("shade", "Dark-Red");
        arguments.put("day", "2025-04-01");
        arguments.put("amount", 1234.5);
        arguments.put("flag", "TRUE");
        Object[] values = ArgumentBinder.bind(ECHO, arguments);
        assertArrayEquals(new Object[] {"42", 3, Optional.of(List.of("a", "b", "c")), SampleTools.Shade.DARK_RED,
                Optional.of(LocalDate.of(2025, 4, 1)), Optional.of(new BigDecimal("1234.5")), true}, values);
    }

    @Test
    void nullCountsAsOmitted() {
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("text", "hi");
        arguments.put("day", null);
        assertEquals(Optional.empty(), ArgumentBinder.bind(ECHO, arguments)[4]);
    }

    @Test
    void everyProblemIsReportedAtOnceWithWhatIsAllowed() {
        Map<String, Object> arguments = new HashMap<>();
        arguments.put("count", 2.5);
        arguments.put("shade", "blue");
        arguments.put("day", "01/04/2025");
        arguments.put("flag", "maybe");
        arguments.put("colour", "red");
        ToolCallException failure = assertThrows(ToolCallException.class, () -> ArgumentBinder.bind(ECHO, arguments));
        assertEquals("Invalid arguments for echo: unknown argument \"colour\" (echo accepts text, count, tags, shade, "
                + "day, amount, flag); text is required (Any text); count must be a whole number; got 2.5; "
                + "shade must be one of dark_red, green; got \"blue\"; day must be a date like 2025-04-01 "
                + "(yyyy-MM-dd); got \"01/04/2025\"; flag must be true or false; got \"maybe\".", failure.getMessage());
    }

    @Test
    void impossibleDatesAndHugeNumbersAreRejected() {
        assertThrows(ToolCallException.class, () -> ArgumentBinder.bind(ECHO, Map.of("text", "x",
                "day", "2025-02-30")));
        assertThrows(ToolCallException.class, () -> ArgumentBinder.bind(ECHO, Map.of("text", "x",
                "count", 1e12)));
    }

    @Test
    void longInputIsEchoedShortenedAndWithoutControlCharacters() {
        String hostile = "x\n".repeat(100);
        ToolCallException failure = assertThrows(ToolCallException.class,
                () -> ArgumentBinder.bind(ECHO, Map.of("text", "x", "shade", hostile)));
        assertEquals(-1, failure.getMessage().indexOf('\n'));
        assertEquals(true, failure.getMessage().contains("…"));
    }

    @Test
    void aHugeUnknownArgumentNameIsEchoedShortened() {
        String name = "\u202E" + "k".repeat(100_000);
        ToolCallException failure = assertThrows(ToolCallException.class,
                () -> ArgumentBinder.bind(ECHO, Map.of("text", "x", name, 1)));
        assertEquals("Invalid arguments for echo: unknown argument \"?" + "k".repeat(38) + "… (echo accepts text, "
                + "count, tags, shade, day, amount, flag).", failure.getMessage());
    }
}
