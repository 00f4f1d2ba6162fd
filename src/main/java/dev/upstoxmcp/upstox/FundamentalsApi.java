package dev.upstoxmcp.upstox;

import java.util.List;

import dev.upstoxmcp.upstox.dto.BalanceSheet;
import dev.upstoxmcp.upstox.dto.CashFlow;
import dev.upstoxmcp.upstox.dto.CategoryHistory;
import dev.upstoxmcp.upstox.dto.CompanyProfile;
import dev.upstoxmcp.upstox.dto.Competitor;
import dev.upstoxmcp.upstox.dto.CorporateAction;
import dev.upstoxmcp.upstox.dto.IncomeStatement;
import dev.upstoxmcp.upstox.dto.KeyRatio;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Upstox "Fundamentals" API group: a listed company's profile, ratios, statements, shareholding and corporate
 * actions, by the ISIN of its shares (competitors by instrument key). Statement amounts are in {@code units_in}
 * (crore).
 */
@RegisterRestClient(configKey = "upstox")
@RegisterClientHeaders(UpstoxAuthHeaders.class)
@RegisterProvider(UpstoxErrorMapper.class)
@RegisterProvider(RateLimitFilter.class)
@RegisterProvider(UpstreamMetricsFilter.class)
@Produces(MediaType.APPLICATION_JSON)
public interface FundamentalsApi {

    @GET
    @Path("/v2/fundamentals/{isin}/profile")
    UpstoxResponse<CompanyProfile> profile(@PathParam("isin") String isin);

    @GET
    @Path("/v2/fundamentals/{isin}/key-ratios")
    UpstoxResponse<List<KeyRatio>> keyRatios(@PathParam("isin") String isin);

    /**
     * @param type       {@code consolidated} or {@code standalone}
     * @param timePeriod {@code yearly} or {@code quarterly}
     * @param fs         whether to add the full statement, line by line
     */
    @GET
    @Path("/v2/fundamentals/{isin}/income-statement")
    UpstoxResponse<IncomeStatement> incomeStatement(@PathParam("isin") String isin, @QueryParam("type") String type,
                                                    @QueryParam("time_period") String timePeriod,
                                                    @QueryParam("fs") boolean fs);

    @GET
    @Path("/v2/fundamentals/{isin}/balance-sheet")
    UpstoxResponse<BalanceSheet> balanceSheet(@PathParam("isin") String isin, @QueryParam("type") String type,
                                              @QueryParam("fs") boolean fs);

    @GET
    @Path("/v2/fundamentals/{isin}/cash-flow")
    UpstoxResponse<CashFlow> cashFlow(@PathParam("isin") String isin, @QueryParam("type") String type,
                                      @QueryParam("fs") boolean fs);

    /** Percent held by promoters, FIIs, DIIs, mutual funds and the public, by quarter. */
    @GET
    @Path("/v2/fundamentals/{isin}/share-holdings")
    UpstoxResponse<List<CategoryHistory>> shareHoldings(@PathParam("isin") String isin);

    @GET
    @Path("/v2/fundamentals/{isin}/corporate-actions")
    UpstoxResponse<List<CorporateAction>> corporateActions(@PathParam("isin") String isin);

    /** @param instrumentKey e.g. {@code NSE_EQ|INE467B01029} */
    @GET
    @Path("/v2/fundamentals/{instrumentKey}/competitors")
    UpstoxResponse<List<Competitor>> competitors(@PathParam("instrumentKey") String instrumentKey);
}
