package dev.upstoxmcp.tools.research;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.upstox.instruments.Instrument;
import dev.upstoxmcp.upstox.instruments.InstrumentCatalog;
import dev.upstoxmcp.upstox.instruments.InstrumentMaster;
import dev.upstoxmcp.upstox.instruments.InstrumentResolver;
import org.junit.jupiter.api.Test;

class CompanyServiceTest {

    static final BigDecimal TICK = new BigDecimal("0.05");
    static final List<Instrument> INSTRUMENTS = List.of(
            new Instrument("NSE_EQ|INE467B01029", "NSE_EQ", "NSE", "TCS", "TATA CONSULTANCY SERV LT", "TCS",
                    "INE467B01029", "EQ", null, null, 1, TICK, null, null, false),
            new Instrument("NSE_EQ|INF204KB14I2", "NSE_EQ", "NSE", "NIFTYBEES", "NIP IND ETF NIFTY BEES", "NIP IND",
                    "INF204KB14I2", "EQ", null, null, 1, TICK, null, null, false),
            new Instrument("NSE_INDEX|Nifty 50", "NSE_INDEX", "NSE", "NIFTY", "Nifty 50", null, null, "INDEX", null,
                    null, 0, null, null, null, false),
            new Instrument("NSE_FO|52001", "NSE_FO", "NSE", "NIFTY FUT 24 NOV 26", "NIFTY", null, null, "FUT",
                    LocalDate.of(2026, 11, 24), BigDecimal.ZERO, 75, new BigDecimal("0.10"), "NSE_INDEX|Nifty 50",
                    "NIFTY", false));

    static CompanyService service() {
        CompanyService service = new CompanyService();
        service.instruments = new InstrumentResolver(InstrumentCatalog.of(new InstrumentMaster(INSTRUMENTS,
                Instant.parse("2026-11-20T01:00:00Z"))));
        return service;
    }

    @Test
    void aStockIsACompanyShare() {
        assertEquals("INE467B01029", service().companyShare("TCS").isin());
    }

    @Test
    void indicesDerivativesAndFundsHaveNoFundamentals() {
        assertEquals("Nifty 50 (index, NSE) is an index; fundamentals exist for company shares only. Name a stock, "
                + "e.g. RELIANCE or \"HDFC Bank\".", assertThrows(ToolCallException.class,
                () -> service().companyShare("NSE_INDEX|Nifty 50")).getMessage());
        assertEquals("NIFTY FUT 24 NOV 26 (NSE) is a futures or options contract; fundamentals exist for company "
                + "shares only. Ask about its underlying, NIFTY.", assertThrows(ToolCallException.class,
                () -> service().companyShare("NSE_FO|52001")).getMessage());
        assertEquals("NIFTYBEES (NIP IND ETF NIFTY BEES, NSE) is not a company share (ISIN INF204KB14I2: an ETF, "
                + "fund, bond or other security); fundamentals exist for company shares only.",
                assertThrows(ToolCallException.class, () -> service().companyShare("NIFTYBEES")).getMessage());
    }
}
