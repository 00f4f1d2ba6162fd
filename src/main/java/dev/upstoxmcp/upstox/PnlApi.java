package dev.upstoxmcp.upstox;

import java.util.List;

import dev.upstoxmcp.upstox.dto.PnlCharges;
import dev.upstoxmcp.upstox.dto.PnlMetadata;
import dev.upstoxmcp.upstox.dto.PnlTrade;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Upstox "Trade P&amp;L" API group: the trade-wise profit and loss report of one segment and financial year.
 * {@code segment} is EQ, FO, COM or CD; {@code financialYear} is Upstox's four digits ({@code 2526} for 2025-26);
 * {@code fromDate}/{@code toDate} ({@code dd-mm-yyyy}, inside that year) narrow it, or are null for the whole year.
 */
@RegisterRestClient(configKey = "upstox")
@RegisterClientHeaders(UpstoxAuthHeaders.class)
@RegisterProvider(UpstoxErrorMapper.class)
@RegisterProvider(RateLimitFilter.class)
@RegisterProvider(UpstreamMetricsFilter.class)
@Produces(MediaType.APPLICATION_JSON)
public interface PnlApi {

    @GET
    @Path("/v2/trade/profit-loss/metadata")
    UpstoxResponse<PnlMetadata> metadata(@QueryParam("segment") String segment,
                                         @QueryParam("financial_year") String financialYear,
                                         @QueryParam("from_date") String fromDate,
                                         @QueryParam("to_date") String toDate);

    /** @param pageSize rows per page, 1 to the metadata's {@code page_size_limit} */
    @GET
    @Path("/v2/trade/profit-loss/data")
    UpstoxPagedResponse<List<PnlTrade>> data(@QueryParam("segment") String segment,
                                             @QueryParam("financial_year") String financialYear,
                                             @QueryParam("from_date") String fromDate,
                                             @QueryParam("to_date") String toDate,
                                             @QueryParam("page_number") int pageNumber,
                                             @QueryParam("page_size") int pageSize);

    @GET
    @Path("/v2/trade/profit-loss/charges")
    UpstoxResponse<PnlCharges> charges(@QueryParam("segment") String segment,
                                       @QueryParam("financial_year") String financialYear,
                                       @QueryParam("from_date") String fromDate,
                                       @QueryParam("to_date") String toDate);
}
