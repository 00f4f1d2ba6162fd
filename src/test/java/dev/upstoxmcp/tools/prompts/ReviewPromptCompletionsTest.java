package dev.upstoxmcp.tools.prompts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import dev.upstoxmcp.tools.FixtureBeans;
import dev.upstoxmcp.upstox.instruments.FixtureInstruments;
import dev.upstoxmcp.upstox.instruments.InstrumentCatalog;
import org.junit.jupiter.api.Test;

/** Completion of the review prompts' arguments over the demo account and the fixture instrument master. */
class ReviewPromptCompletionsTest {

    final ReviewPromptCompletions completions = FixtureBeans.at("2026-11-20T15:45:00+05:30")
            .with(InstrumentCatalog.class, FixtureInstruments.catalog())
            .get(ReviewPromptCompletions.class);

    @Test
    void holdingsComeFirstThenSharesStartingWithTheText() {
        List<String> all = completions.holdingOrEquity("");
        assertTrue(all.contains("TCS") && all.contains("INFY"), all::toString);
        assertEquals(all.stream().sorted().toList(), all, "holdings alone, sorted, when nothing is typed");
        List<String> t = completions.holdingOrEquity("t");
        assertTrue(t.stream().allMatch(symbol -> symbol.startsWith("T")), t::toString);
        int firstNotHeld = t.indexOf(t.stream().filter(symbol -> !all.contains(symbol)).findFirst().orElseThrow());
        assertTrue(t.subList(0, firstNotHeld).stream().allMatch(all::contains), "holdings first: " + t);
        assertEquals(t.stream().distinct().toList(), t);
    }

    @Test
    void indicesByName() {
        List<String> nifty = completions.indexName("nifty");
        assertTrue(nifty.contains("Nifty 50") && nifty.contains("Nifty Bank"), nifty::toString);
        assertTrue(nifty.stream().allMatch(name -> name.toUpperCase().startsWith("NIFTY")));
    }

    @Test
    void numbersWithinTheirRange() {
        assertEquals(List.of("1", "10"), completions.years("1"));
        assertEquals(10, completions.years("").size());
        assertEquals(List.of("3", "30", "31", "32", "33", "34", "35", "36"), completions.lookbackMonths("3"));
        assertEquals(List.of(), completions.years("11"));
    }

    @Test
    void modelsCompleteTheLastListItemAndSkipChosenOnes() {
        assertEquals(List.of("quality", "value", "momentum", "low_volatility", "concentration"),
                completions.models(""));
        assertEquals(List.of("value"), completions.models("v"));
        assertEquals(List.of("quality,value"), completions.models("quality,va"));
        assertEquals(List.of("quality,value,momentum", "quality,value,low_volatility",
                "quality,value,concentration"), completions.models("quality,value,"));
    }
}
