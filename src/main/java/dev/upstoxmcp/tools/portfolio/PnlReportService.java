package dev.upstoxmcp.tools.portfolio;

import static dev.upstoxmcp.upstox.UpstoxGroup.REPORTS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import dev.upstoxmcp.mcp.PageRequest;
import dev.upstoxmcp.mcp.Progress;
import dev.upstoxmcp.mcp.ToolCallException;
import dev.upstoxmcp.tools.AnswerStamp;
import dev.upstoxmcp.tools.FinancialYear;
import dev.upstoxmcp.tools.ProgressSteps;
import dev.upstoxmcp.upstox.PnlApi;
import dev.upstoxmcp.upstox.UpstoxGateway;
import dev.upstoxmcp.upstox.UpstoxPagedResponse;
import dev.upstoxmcp.upstox.dto.PnlMetadata;
import dev.upstoxmcp.upstox.dto.PnlTrade;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Upstox's trade-wise P&amp;L report: the metadata says how many rows there are and how many fit a page, the data
 * pages are fetched at that size, and the charges come separately.
 */
@ApplicationScoped
public class PnlReportService {

    /** Upstox's documented largest page, used when its metadata does not say. */
    static final int DEFAULT_PAGE_SIZE_LIMIT = 5000;
    /** At 5000 rows a page, 20 pages are a year of very active trading; more would crowd Upstox's minute budget. */
    static final int MAX_PAGES = 20;

    @Inject
    @RestClient
    PnlApi pnl;

    @Inject
    UpstoxGateway upstox;

    @Inject
    OpenLotsService lots;

    @Inject
    AnswerStamp stamp;

    public PnlReport report(Optional<String> financialYear, Optional<LocalDate> from, Optional<LocalDate> to,
                            PnlSegment segment, boolean includeUnrealised, ListView view, PageRequest page) {
        return report(financialYear, from, to, segment, includeUnrealised, view, page, Progress.NONE);
    }

    /** As above, reporting one step per financial year fetched and one for the totals. */
    public PnlReport report(Optional<String> financialYear, Optional<LocalDate> from, Optional<LocalDate> to,
                            PnlSegment segment, boolean includeUnrealised, ListView view, PageRequest page,
                            Progress progress) {
        PnlSpan span = PnlSpan.of(financialYear, from, to, stamp.now().toLocalDate());
        ProgressSteps steps = new ProgressSteps(progress, span.parts().size() + 1);
        List<PnlTrade> trades = new ArrayList<>();
        ChargesBreakdown charges = ChargesBreakdown.NONE;
        for (PnlPeriod part : span.parts()) {
            trades.addAll(trades(part, segment));
            charges = charges.plus(charges(part, segment));
            steps.done("Fetched the P&L of FY " + part.year().label());
        }
        PnlTotals totals = PnlCalculator.totals(trades, segment);
        PageRequest.Page<ScripPnl> shown = page.slice(view == ListView.SUMMARY ? List.of()
                : PnlCalculator.scrips(trades, segment, view == ListView.FULL));
        BigDecimal net = totals.realised().subtract(charges.total());
        UnrealisedPnl unrealised = includeUnrealised && segment.isEquity()
                ? UnrealisedCalculator.of(lots.book(), view == ListView.FULL) : null;
        BigDecimal combined = unrealised == null ? null : net.add(unrealised.total());
        steps.finish("Added up " + span.parts().size() + " financial year(s)");
        return new PnlReport(span.label(), segment, span.from(), span.to(), span.custom(), view,
                totals, charges, net, shown.items(), unrealised, combined, shown.nextCursor(), shown.hasMore(),
                stamp.now(), stamp.source());
    }

    /** The charges of the trades of one day (IST) in one segment, as Upstox's P&amp;L report has them. */
    public ChargesBreakdown chargesOn(LocalDate day, PnlSegment segment) {
        return charges(new PnlPeriod(FinancialYear.of(day), day, day, true), segment);
    }

    private ChargesBreakdown charges(PnlPeriod period, PnlSegment segment) {
        return ChargesBreakdown.of(upstox.fetch(REPORTS, () -> pnl.charges(segment.name(), period.year().upstoxCode(),
                period.upstoxFrom(), period.upstoxTo())));
    }

    private List<PnlTrade> trades(PnlPeriod period, PnlSegment segment) {
        String year = period.year().upstoxCode();
        PnlMetadata metadata = upstox.fetch(REPORTS, () -> pnl.metadata(segment.name(), year, period.upstoxFrom(),
                period.upstoxTo()));
        int count = metadata.tradesCount() == null ? 0 : metadata.tradesCount();
        int pageSize = metadata.pageSizeLimit() == null || metadata.pageSizeLimit() < 1 ? DEFAULT_PAGE_SIZE_LIMIT
                : metadata.pageSizeLimit();
        int pages = PnlCalculator.pages(count, pageSize);
        if (pages > MAX_PAGES) {
            throw new ToolCallException("The P&L report of " + period.year() + " has " + count + " trade-wise rows, "
                    + "more than one question may fetch (" + MAX_PAGES * pageSize + "). Ask for a shorter range with "
                    + "from and to.");
        }
        List<PnlTrade> trades = new ArrayList<>(count);
        for (int number = 1; number <= pages; number++) {
            int pageNumber = number;
            UpstoxPagedResponse<List<PnlTrade>> response = upstox.fetch(REPORTS, () -> UpstoxPagedResponse.enveloped(
                    pnl.data(segment.name(), year, period.upstoxFrom(), period.upstoxTo(), pageNumber, pageSize)));
            if (response.getData() != null) trades.addAll(response.getData());
        }
        return trades;
    }
}
