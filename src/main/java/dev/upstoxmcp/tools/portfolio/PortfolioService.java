package dev.upstoxmcp.tools.portfolio;

import static dev.upstoxmcp.upstox.UpstoxGroup.PORTFOLIO;

import java.util.List;
import java.util.stream.Stream;

import dev.upstoxmcp.mcp.PageRequest;
import dev.upstoxmcp.tools.AnswerStamp;
import dev.upstoxmcp.upstox.PortfolioApi;
import dev.upstoxmcp.upstox.UpstoxGateway;
import dev.upstoxmcp.upstox.dto.Holding;
import dev.upstoxmcp.upstox.dto.Position;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Holdings and positions of the user, paged and totalled. */
@ApplicationScoped
public class PortfolioService {

    @Inject
    @RestClient
    PortfolioApi portfolio;

    @Inject
    UpstoxGateway upstox;

    @Inject
    OpenLotsService lots;

    @Inject
    AnswerStamp stamp;

    public HoldingsPage holdings(ListView view, PageRequest page) {
        List<Holding> holdings = upstox.fetch(PORTFOLIO, portfolio::longTermHoldings);
        PageRequest.Page<HoldingRow> rows = page.slice(view.includesRows()
                ? HoldingsCalculator.rows(holdings, view) : List.of());
        return new HoldingsPage(view, rows.items(), HoldingsCalculator.totals(holdings), rows.nextCursor(),
                rows.hasMore(), stamp.now(), stamp.source());
    }

    public PortfolioBreakdown breakdown(BreakdownSort sortBy, SortOrder order, ListView view, PageRequest page) {
        LotBook book = lots.book();
        PageRequest.Page<BreakdownRow> rows = page.slice(view.includesRows()
                ? BreakdownCalculator.rows(book, view, sortBy, order) : List.of());
        return new PortfolioBreakdown(sortBy, order, view, rows.items(), book.totals(), book.historyStart(),
                rows.nextCursor(), rows.hasMore(), stamp.now(), stamp.source());
    }

    public PositionsPage positions(ListView view, PageRequest page) {
        List<Position> positions = Stream.concat(upstox.fetch(PORTFOLIO, portfolio::shortTermPositions).stream(),
                upstox.fetch(PORTFOLIO, portfolio::mtfPositions).stream()).toList();
        PageRequest.Page<PositionRow> rows = page.slice(view.includesRows()
                ? PositionsCalculator.rows(positions, view) : List.of());
        return new PositionsPage(view, rows.items(), PositionsCalculator.totals(positions), rows.nextCursor(),
                rows.hasMore(), stamp.now(), stamp.source());
    }
}
