package dev.upstoxmcp.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    static final List<Integer> ROWS = IntStream.range(0, 7).boxed().toList();

    @Test
    void pagesWalkTheWholeListWithCursors() {
        PageRequest.Page<Integer> first = PageRequest.of(3, Optional.empty()).slice(ROWS);
        assertEquals(List.of(0, 1, 2), first.items());
        assertTrue(first.hasMore());
        PageRequest.Page<Integer> second = PageRequest.of(3, Optional.of(first.nextCursor())).slice(ROWS);
        assertEquals(List.of(3, 4, 5), second.items());
        PageRequest.Page<Integer> last = PageRequest.of(3, Optional.of(second.nextCursor())).slice(ROWS);
        assertEquals(List.of(6), last.items());
        assertFalse(last.hasMore());
        assertNull(last.nextCursor());
        assertEquals(7, last.total());
    }

    @Test
    void aCursorBeyondTheEndGivesAnEmptyLastPage() {
        PageRequest.Page<Integer> page = PageRequest.of(5, Optional.of(PageRequest.cursorFor(50))).slice(ROWS);
        assertEquals(List.of(), page.items());
        assertFalse(page.hasMore());
    }

    @Test
    void blankCursorStartsAtTheBeginning() {
        assertEquals(0, PageRequest.of(5, Optional.of("  ")).offset());
    }

    @Test
    void foreignCursorsAreRejectedWithAdvice() {
        for (String cursor : List.of("not base64!", "b2Zmc2V0Oi0x", "aGVsbG8", "b2Zmc2V0OjEyMzQ1Njc4OTAx")) {
            ToolCallException failure = assertThrows(ToolCallException.class,
                    () -> PageRequest.of(5, Optional.of(cursor)));
            assertTrue(failure.getMessage().contains("omit cursor"), failure.getMessage());
        }
    }
}
