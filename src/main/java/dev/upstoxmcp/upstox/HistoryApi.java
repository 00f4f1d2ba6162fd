package dev.upstoxmcp.upstox;

import dev.upstoxmcp.upstox.dto.CandleData;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Upstox "Historical data" API group (v3): candles of one instrument per request. */
@RegisterRestClient(configKey = "upstox")
@RegisterClientHeaders(UpstoxAuthHeaders.class)
@RegisterProvider(UpstoxErrorMapper.class)
@RegisterProvider(RateLimitFilter.class)
@RegisterProvider(UpstreamMetricsFilter.class)
@Produces(MediaType.APPLICATION_JSON)
public interface HistoryApi {

    /** Dates {@code yyyy-MM-dd}; note Upstox's order: to, then from. */
    @GET
    @Path("/v3/historical-candle/{instrumentKey}/{unit}/{interval}/{toDate}/{fromDate}")
    UpstoxResponse<CandleData> historical(@PathParam("instrumentKey") String instrumentKey,
                                          @PathParam("unit") String unit, @PathParam("interval") int interval,
                                          @PathParam("toDate") String toDate, @PathParam("fromDate") String fromDate);

    /** The current trading day. */
    @GET
    @Path("/v3/historical-candle/intraday/{instrumentKey}/{unit}/{interval}")
    UpstoxResponse<CandleData> intraday(@PathParam("instrumentKey") String instrumentKey,
                                        @PathParam("unit") String unit, @PathParam("interval") int interval);
}
