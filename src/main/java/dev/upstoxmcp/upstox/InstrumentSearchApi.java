package dev.upstoxmcp.upstox;

import java.util.List;

import dev.upstoxmcp.upstox.dto.InstrumentRecord;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Upstox's instrument search: partial, case-insensitive matching of symbols, names and ISINs on Upstox's side.
 * Comma lists without spaces; null parameters are left out; at most 30 records a page.
 */
@RegisterRestClient(configKey = "upstox")
@RegisterClientHeaders(UpstoxAuthHeaders.class)
@RegisterProvider(UpstoxErrorMapper.class)
@RegisterProvider(RateLimitFilter.class)
@RegisterProvider(UpstreamMetricsFilter.class)
@Produces(MediaType.APPLICATION_JSON)
public interface InstrumentSearchApi {

    /**
     * @param segments        EQ, FO, INDEX, COMM, CURR
     * @param instrumentTypes e.g. EQ, INDEX, FUT, CE, PE
     * @param expiry          {@code yyyy-MM-dd}
     */
    @GET
    @Path("/v2/instruments/search")
    UpstoxPagedResponse<List<InstrumentRecord>> search(@QueryParam("query") String query,
                                                       @QueryParam("exchanges") String exchanges,
                                                       @QueryParam("segments") String segments,
                                                       @QueryParam("instrument_types") String instrumentTypes,
                                                       @QueryParam("expiry") String expiry,
                                                       @QueryParam("page_number") int pageNumber,
                                                       @QueryParam("records") int records);
}
