package dev.upstoxmcp.mcp.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;

import dev.upstoxmcp.mcp.Complete;
import io.modelcontextprotocol.spec.McpSchema;
import org.junit.jupiter.api.Test;

class CompletionCatalogTest {

    @Test
    void completersKnowTheirPromptOrTemplate() {
        List<CompletionCatalog.Completer> completers = CompletionCatalog.completersOf(ReferenceSample.class);
        assertEquals(2, completers.size());
        assertTrue(completers.stream().anyMatch(completer -> completer.reference()
                instanceof McpSchema.ResourceReference resource && resource.uri().equals("sample://days/{year}/{month}")
                && completer.argument().equals("month")));
        assertTrue(completers.stream().anyMatch(completer -> completer.reference()
                instanceof McpSchema.PromptReference prompt && prompt.name().equals("big_prompt")));
    }

    @Test
    void atMostAHundredValuesWithTheTotalAndHasMore() {
        List<String> many = IntStream.range(0, 250).mapToObj(Integer::toString).toList();
        McpSchema.CompleteResult.CompleteCompletion cut = CompletionCatalog.result(many).completion();
        assertEquals(100, cut.values().size());
        assertEquals(many.subList(0, 100), cut.values());
        assertEquals(250, cut.total());
        assertTrue(cut.hasMore());
        McpSchema.CompleteResult.CompleteCompletion all = CompletionCatalog.result(List.of("a", "b")).completion();
        assertEquals(List.of("a", "b"), all.values());
        assertEquals(2, all.total());
        assertEquals(false, all.hasMore());
        assertEquals(100, CompletionCatalog.result(many.subList(0, 100)).completion().values().size());
        assertEquals(false, CompletionCatalog.result(many.subList(0, 100)).completion().hasMore());
    }

    public static class Ambiguous {
        @Complete(prompt = "p", resource = "r://x/{y}", argument = "y")
        public List<String> both(String typed) {
            return List.of();
        }
    }

    public static class WrongShape {
        @Complete(prompt = "p", argument = "a")
        public String one(String typed) {
            return typed;
        }
    }

    @Test
    void aCompleterNamesOneTargetAndReturnsStrings() {
        assertThrows(IllegalStateException.class, () -> CompletionCatalog.completersOf(Ambiguous.class));
        assertThrows(IllegalStateException.class, () -> CompletionCatalog.completersOf(WrongShape.class));
    }
}
