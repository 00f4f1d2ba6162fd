package dev.upstoxmcp.upstox;

import java.util.List;

import dev.upstoxmcp.upstox.dto.Holding;
import dev.upstoxmcp.upstox.dto.Position;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Upstox "Portfolio" API group: holdings and positions. */
@RegisterRestClient(configKey = "upstox")
@RegisterClientHeaders(UpstoxAuthHeaders.class)
@RegisterProvider(UpstoxErrorMapper.class)
@RegisterProvider(RateLimitFilter.class)
@RegisterProvider(UpstreamMetricsFilter.class)
@Produces(MediaType.APPLICATION_JSON)
public interface PortfolioApi {

    @GET
    @Path("/v2/portfolio/long-term-holdings")
    UpstoxResponse<List<Holding>> longTermHoldings();

    @GET
    @Path("/v2/portfolio/short-term-positions")
    UpstoxResponse<List<Position>> shortTermPositions();

    @GET
    @Path("/v3/portfolio/mtf-positions")
    UpstoxResponse<List<Position>> mtfPositions();
}
