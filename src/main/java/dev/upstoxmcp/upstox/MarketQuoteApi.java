package dev.upstoxmcp.upstox;

import java.util.Map;

import dev.upstoxmcp.upstox.dto.LtpQuote;
import dev.upstoxmcp.upstox.dto.MarketQuote;
import dev.upstoxmcp.upstox.dto.OhlcQuote;
import dev.upstoxmcp.upstox.dto.OptionGreekQuote;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Upstox "Market quote" API group (v3). {@code instrumentKeys} is a comma-separated list of request keys
 * ({@code NSE_EQ|INE002A01018}); answers are keyed by {@code SEGMENT:SYMBOL} and carry the request key in
 * {@code instrument_token}. At most 500 keys per request, 50 for greeks.
 */
@RegisterRestClient(configKey = "upstox")
@RegisterClientHeaders(UpstoxAuthHeaders.class)
@RegisterProvider(UpstoxErrorMapper.class)
@RegisterProvider(RateLimitFilter.class)
@RegisterProvider(UpstreamMetricsFilter.class)
@Produces(MediaType.APPLICATION_JSON)
public interface MarketQuoteApi {

    @GET
    @Path("/v3/market-quote/quotes")
    UpstoxResponse<Map<String, MarketQuote>> quotes(@QueryParam("instrument_key") String instrumentKeys);

    @GET
    @Path("/v3/market-quote/ltp")
    UpstoxResponse<Map<String, LtpQuote>> ltp(@QueryParam("instrument_key") String instrumentKeys);

    /** {@code interval}: {@code 1d}, {@code I1} or {@code I30}. */
    @GET
    @Path("/v3/market-quote/ohlc")
    UpstoxResponse<Map<String, OhlcQuote>> ohlc(@QueryParam("instrument_key") String instrumentKeys,
                                                @QueryParam("interval") String interval);

    @GET
    @Path("/v3/market-quote/option-greek")
    UpstoxResponse<Map<String, OptionGreekQuote>> optionGreeks(@QueryParam("instrument_key") String instrumentKeys);
}
