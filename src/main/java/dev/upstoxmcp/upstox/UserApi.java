package dev.upstoxmcp.upstox;

import dev.upstoxmcp.upstox.dto.FundsAndMargin;
import dev.upstoxmcp.upstox.dto.FundsAndMarginV3;
import dev.upstoxmcp.upstox.dto.Profile;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Upstox "User" API group: read-only account endpoints. */
@RegisterRestClient(configKey = "upstox")
@RegisterClientHeaders(UpstoxAuthHeaders.class)
@RegisterProvider(UpstoxErrorMapper.class)
@RegisterProvider(RateLimitFilter.class)
@RegisterProvider(UpstreamMetricsFilter.class)
@Produces(MediaType.APPLICATION_JSON)
public interface UserApi {

    @GET
    @Path("/v2/user/profile")
    UpstoxResponse<Profile> profile();

    /** @param segment {@code SEC} (equity) or {@code COM} (commodity); null for both */
    @GET
    @Path("/v2/user/get-funds-and-margin")
    UpstoxResponse<FundsAndMargin> fundsAndMargin(@QueryParam("segment") String segment);

    @GET
    @Path("/v3/user/get-funds-and-margin")
    UpstoxResponse<FundsAndMarginV3> fundsAndMarginV3();
}
