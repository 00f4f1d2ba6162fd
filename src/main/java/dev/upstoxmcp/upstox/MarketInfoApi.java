package dev.upstoxmcp.upstox;

import java.util.List;

import dev.upstoxmcp.upstox.dto.ExchangeTiming;
import dev.upstoxmcp.upstox.dto.MarketHoliday;
import dev.upstoxmcp.upstox.dto.MarketStatus;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Upstox "Market information" API group: exchange status, trading sessions of a day, exchange holidays. */
@RegisterRestClient(configKey = "upstox")
@RegisterClientHeaders(UpstoxAuthHeaders.class)
@RegisterProvider(UpstoxErrorMapper.class)
@RegisterProvider(RateLimitFilter.class)
@RegisterProvider(UpstreamMetricsFilter.class)
@Produces(MediaType.APPLICATION_JSON)
public interface MarketInfoApi {

    /** @param exchange NSE, NFO, CDS, BSE, BFO, BCD, MCX or NSCOM */
    @GET
    @Path("/v2/market/status/{exchange}")
    UpstoxResponse<MarketStatus> status(@PathParam("exchange") String exchange);

    /** Sessions of every exchange open on {@code date} ({@code yyyy-MM-dd}); empty on weekends and full holidays. */
    @GET
    @Path("/v2/market/timings/{date}")
    UpstoxResponse<List<ExchangeTiming>> timings(@PathParam("date") String date);

    /** The holidays of the current year. */
    @GET
    @Path("/v2/market/holidays")
    UpstoxResponse<List<MarketHoliday>> holidays();

    /** The holiday on {@code date} ({@code yyyy-MM-dd}): one entry, or none on an ordinary day. */
    @GET
    @Path("/v2/market/holidays/{date}")
    UpstoxResponse<List<MarketHoliday>> holidaysOn(@PathParam("date") String date);
}
