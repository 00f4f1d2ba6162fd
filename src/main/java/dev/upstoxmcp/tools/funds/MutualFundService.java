package dev.upstoxmcp.tools.funds;

import static dev.upstoxmcp.upstox.UpstoxGroup.MUTUAL_FUNDS;

import java.util.ArrayList;
import java.util.List;

import dev.upstoxmcp.mcp.PageRequest;
import dev.upstoxmcp.tools.AnswerStamp;
import dev.upstoxmcp.upstox.MutualFundApi;
import dev.upstoxmcp.upstox.UpstoxGateway;
import dev.upstoxmcp.upstox.UpstoxPagedResponse;
import dev.upstoxmcp.upstox.dto.MutualFundHolding;
import dev.upstoxmcp.upstox.dto.MutualFundSip;
import dev.upstoxmcp.upstox.dto.PageMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** The user's mutual funds: holdings valued at the latest NAV, and SIPs gathered over Upstox's pages. */
@ApplicationScoped
public class MutualFundService {

    /** SIPs per Upstox page (its maximum for mutual-fund lists) and how many pages are read at most. */
    static final int SIP_PAGE_SIZE = 30;
    static final int MAX_SIP_PAGES = 10;

    @Inject
    @RestClient
    MutualFundApi funds;

    @Inject
    UpstoxGateway upstox;

    @Inject
    AnswerStamp stamp;

    public MutualFundHoldingsAnswer holdings(PageRequest page) {
        List<MutualFundHolding> holdings = upstox.fetch(MUTUAL_FUNDS, funds::holdings);
        PageRequest.Page<MutualFundHoldingRow> rows = page.slice(MutualFundCalculator.rows(holdings));
        return new MutualFundHoldingsAnswer(rows.items(), MutualFundCalculator.totals(holdings), rows.nextCursor(),
                rows.hasMore(), stamp.now(), stamp.source());
    }

    public SipsAnswer sips(SipStatus status, PageRequest page) {
        List<SipRow> all = MutualFundCalculator.sipRows(allSips()).stream()
                .filter(row -> status == SipStatus.ALL || status.name().equals(row.status())).toList();
        PageRequest.Page<SipRow> rows = page.slice(all);
        return new SipsAnswer(status, rows.items(), MutualFundCalculator.sipTotals(all), rows.nextCursor(),
                rows.hasMore(), stamp.now(), stamp.source());
    }

    /** Every SIP, page by page, up to {@link #MAX_SIP_PAGES} pages. */
    private List<MutualFundSip> allSips() {
        List<MutualFundSip> sips = new ArrayList<>();
        for (int number = 1; number <= MAX_SIP_PAGES; number++) {
            int pageNumber = number;
            UpstoxPagedResponse<List<MutualFundSip>> response = upstox.fetch(MUTUAL_FUNDS,
                    () -> UpstoxPagedResponse.enveloped(funds.sips(pageNumber, SIP_PAGE_SIZE)));
            List<MutualFundSip> items = response.getData() == null ? List.of() : response.getData();
            sips.addAll(items);
            PageMetadata.Page info = response.page();
            boolean last = items.isEmpty() || info == null || info.totalPages() == null
                    || pageNumber >= info.totalPages();
            if (last) break;
        }
        return sips;
    }
}
