package dev.upstoxmcp.upstox;

import java.util.List;

import dev.upstoxmcp.upstox.dto.HistoricalTrade;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Upstox "Charges" API group, the read-only trade history. */
@RegisterRestClient(configKey = "upstox")
@RegisterClientHeaders(UpstoxAuthHeaders.class)
@RegisterProvider(UpstoxErrorMapper.class)
@RegisterProvider(RateLimitFilter.class)
@RegisterProvider(UpstreamMetricsFilter.class)
@Produces(MediaType.APPLICATION_JSON)
public interface ChargesApi {

    /**
     * Trades of the current and the two previous financial years, one page at a time.
     *
     * @param segment   EQ, FO, COM, CD or MF; null for all
     * @param startDate {@code yyyy-MM-dd}
     * @param endDate   {@code yyyy-MM-dd}
     * @param pageSize  rows per page, at most 5000
     */
    @GET
    @Path("/v2/charges/historical-trades")
    UpstoxPagedResponse<List<HistoricalTrade>> historicalTrades(@QueryParam("segment") String segment,
                                                                @QueryParam("start_date") String startDate,
                                                                @QueryParam("end_date") String endDate,
                                                                @QueryParam("page_number") int pageNumber,
                                                                @QueryParam("page_size") int pageSize);
}
