package dev.upstoxmcp.upstox;

import java.util.List;

import dev.upstoxmcp.upstox.dto.Order;
import dev.upstoxmcp.upstox.dto.Trade;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** Upstox "Orders" API group, the read-only part: the day's order book, one order's states, the day's trades. */
@RegisterRestClient(configKey = "upstox")
@RegisterClientHeaders(UpstoxAuthHeaders.class)
@RegisterProvider(UpstoxErrorMapper.class)
@RegisterProvider(RateLimitFilter.class)
@RegisterProvider(UpstreamMetricsFilter.class)
@Produces(MediaType.APPLICATION_JSON)
public interface OrderApi {

    /** Orders of the current trading day; Upstox clears the book after the session. */
    @GET
    @Path("/v2/order/retrieve-all")
    UpstoxResponse<List<Order>> orderBook();

    /** Every state of one order, oldest first; an unknown id is a 400 with {@code UDAPI100010}. */
    @GET
    @Path("/v2/order/history")
    UpstoxResponse<List<Order>> orderHistory(@QueryParam("order_id") String orderId);

    @GET
    @Path("/v2/order/trades/get-trades-for-day")
    UpstoxResponse<List<Trade>> tradesForDay();
}
