package dev.upstoxmcp.tools.orders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.upstoxmcp.tools.FixtureBeans;
import dev.upstoxmcp.tools.portfolio.ChargesBreakdown;
import dev.upstoxmcp.tools.portfolio.PnlSegment;
import dev.upstoxmcp.upstox.FixtureBackedApi;
import dev.upstoxmcp.upstox.PnlApi;
import dev.upstoxmcp.upstox.UserApi;
import org.junit.jupiter.api.Test;

/** The demo account's last day in one answer (sandbox fixtures), asked four days later. */
class DailySummaryServiceTest {

    final List<FixtureBackedApi.Request> pnlRequests = new ArrayList<>();
    final FixtureBeans beans = FixtureBeans.at("2026-11-24T12:00:00+05:30")
            .with(PnlApi.class, FixtureBackedApi.of(PnlApi.class, pnlRequests));

    /**
     * Positions: SBIN round trip +412.50 realised, unrealised +1,468.00. Charges of the three intraday fills (see
     * ChargesModelTest): ₹89.59, so +322.91 after charges.
     */
    @Test
    void theOrderBooksDayWithPnlChargesAndMargin() {
        DailySummary day = beans.get(DailySummaryService.class).summary();
        assertEquals(LocalDate.of(2026, 11, 20), day.day());
        assertEquals(new OrderCounts(8, 3, 3, 1, 1), day.orders());
        assertEquals(new BigDecimal("151152.50"), day.trades().turnover());
        assertEquals(new BigDecimal("412.50"), day.positions().realised());
        assertEquals(new BigDecimal("1468.00"), day.positions().unrealised());
        assertEquals(new ChargesBreakdown(new BigDecimal("89.59"), new BigDecimal("60.00"), new BigDecimal("11.64"),
                new BigDecimal("10.00"), new BigDecimal("3.31"), new BigDecimal("4.49"), new BigDecimal("0.00"),
                new BigDecimal("0.15"), new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("0.00")),
                day.charges());
        assertEquals(List.of(PnlSegment.EQ), day.chargedSegments());
        assertEquals(new BigDecimal("322.91"), day.netRealised());
        assertEquals(new BigDecimal("40505.50"), day.marginUsed());
        assertEquals(new BigDecimal("201576.70"), day.availableToTrade());
        assertEquals(List.of(Map.of("segment", "EQ", "financial_year", "2627", "from_date", "20-11-2026", "to_date",
                "20-11-2026")), pnlRequests.stream().map(FixtureBackedApi.Request::query).toList());
        assertEquals("2026-11-20: 8 orders (3 complete, 3 open, 1 cancelled, 1 rejected), 3 trades, turnover "
                + "₹1,51,152.50; positions P&L +₹1,880.50 (realised +₹412.50, unrealised +₹1,468.00); charges ₹89.59, "
                + "realised after charges +₹322.91; margin used ₹40,505.50.", day.summary());
    }

    @Test
    void duringFundsMaintenanceTheRestIsStillAnswered() {
        DailySummary day = beans.with(UserApi.class, FixtureBackedApi.of(UserApi.class, new ArrayList<>(),
                "maintenance")).get(DailySummaryService.class).summary();
        assertNull(day.marginUsed());
        assertNull(day.availableToTrade());
        assertEquals(new BigDecimal("89.59"), day.charges().total());
        assertEquals(true, day.fundsNote().contains("maintenance"), day.fundsNote());
    }

    @Test
    void exchangesMapToTheReportsSegments() {
        assertEquals(PnlSegment.EQ, DailySummaryService.segmentOf("BSE"));
        assertEquals(PnlSegment.FO, DailySummaryService.segmentOf("NFO"));
        assertEquals(PnlSegment.COM, DailySummaryService.segmentOf("MCX"));
        assertEquals(PnlSegment.CD, DailySummaryService.segmentOf("CDS"));
        assertNull(DailySummaryService.segmentOf(null));
    }
}
