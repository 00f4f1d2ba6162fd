package dev.upstoxmcp.upstox;

import java.util.List;

import dev.upstoxmcp.upstox.dto.OptionChainStrike;
import dev.upstoxmcp.upstox.dto.OptionContract;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Upstox "Option" API group: contracts of an underlying and its put/call chain per expiry. */
@RegisterRestClient(configKey = "upstox")
@RegisterClientHeaders(UpstoxAuthHeaders.class)
@RegisterProvider(UpstoxErrorMapper.class)
@RegisterProvider(RateLimitFilter.class)
@RegisterProvider(UpstreamMetricsFilter.class)
@Produces(MediaType.APPLICATION_JSON)
public interface OptionApi {

    /** {@code expiryDate} ({@code yyyy-MM-dd}) may be null for every expiry. */
    @GET
    @Path("/v2/option/contract")
    UpstoxResponse<List<OptionContract>> contracts(@QueryParam("instrument_key") String underlyingKey,
                                                   @QueryParam("expiry_date") String expiryDate);

    @GET
    @Path("/v2/option/chain")
    UpstoxResponse<List<OptionChainStrike>> chain(@QueryParam("instrument_key") String underlyingKey,
                                                  @QueryParam("expiry_date") String expiryDate);
}
