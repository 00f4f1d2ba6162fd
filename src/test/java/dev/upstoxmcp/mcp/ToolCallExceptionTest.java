package dev.upstoxmcp.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;

import org.junit.jupiter.api.Test;

class ToolCallExceptionTest {

    @Test
    void shortTextIsEchoedInQuotes() {
        assertEquals("\"RELIANCE\"", ToolCallException.echo("RELIANCE"));
        assertEquals("42", ToolCallException.echo(42));
    }

    @Test
    void longTextIsCutAtFortyCharacters() {
        // the opening quote and 39 of the 100 000 x
        assertEquals("\"" + "x".repeat(39) + "…", ToolCallException.echo("x".repeat(100_000)));
        assertEquals("[" + "a, ".repeat(13) + "…", ToolCallException.echo(Collections.nCopies(10_000, "a")));
    }

    @Test
    void controlAndInvisibleCharactersAreShownAsQuestionMarks() {
        // NUL, right-to-left override, zero-width joiner, a lone surrogate
        assertEquals("\"?A?B?C?\"", ToolCallException.echo("\u0000A\u202EB\u200DC\uD800"));
    }

    @Test
    void aCutNeverSplitsACharacterOutsideTheBasicPlane() {
        // 45 emoji, two UTF-16 units each: the quote and 39 whole emoji survive
        String echoed = ToolCallException.echo("\uD83D\uDCA9".repeat(45));
        assertEquals("\"" + "\uD83D\uDCA9".repeat(39) + "…", echoed);
        assertEquals(0, echoed.codePoints().filter(point -> Character.getType(point) == Character.SURROGATE)
                .count());
    }
}
