package dev.upstoxmcp.upstox;

import java.util.List;

import dev.upstoxmcp.upstox.dto.MutualFundHolding;
import dev.upstoxmcp.upstox.dto.MutualFundSip;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Upstox "Mutual funds" API group, read-only parts: fund holdings and SIPs. */
@RegisterRestClient(configKey = "upstox")
@RegisterClientHeaders(UpstoxAuthHeaders.class)
@RegisterProvider(UpstoxErrorMapper.class)
@RegisterProvider(RateLimitFilter.class)
@RegisterProvider(UpstreamMetricsFilter.class)
@Produces(MediaType.APPLICATION_JSON)
public interface MutualFundApi {

    @GET
    @Path("/v2/mf/holdings")
    UpstoxResponse<List<MutualFundHolding>> holdings();

    /** Active and paused SIPs, one page; {@code meta_data.page} says how many pages there are. */
    @GET
    @Path("/v2/mf/sips")
    UpstoxPagedResponse<List<MutualFundSip>> sips(@QueryParam("page_number") int pageNumber,
                                                  @QueryParam("records") int records);
}
