package dev.upstoxmcp.upstox.instruments;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The sorted lookups of the instrument master give what a scan of every instrument would. */
class InstrumentMasterTest {

    static final InstrumentMaster MASTER = FixtureInstruments.catalog().master();

    @ParameterizedTest
    @ValueSource(strings = {"t", "TA", " hdfc", "NIFTY", "ZZZZ", "M&"})
    void symbolsStartingWithAPrefixAreTheCashInstrumentsAScanFinds(String prefix) {
        String upper = prefix.strip().toUpperCase(Locale.ROOT);
        Set<Instrument> scanned = MASTER.instruments().stream()
                .filter(instrument -> !instrument.isDerivative() && instrument.symbol().startsWith(upper))
                .collect(Collectors.toSet());
        List<Instrument> found = MASTER.cashWithSymbolStartingWith(prefix);
        assertEquals(scanned, Set.copyOf(found));
        assertEquals(scanned.size(), found.size(), "each once");
    }

    @Test
    void indicesAreEveryIndexOfTheFile() {
        List<Instrument> scanned = MASTER.instruments().stream().filter(Instrument::isIndex).toList();
        assertFalse(scanned.isEmpty());
        assertEquals(scanned, MASTER.indices());
    }
}
