package dev.upstoxmcp.upstox;

import java.util.List;
import java.util.Map;

import dev.upstoxmcp.upstox.dto.NewsItem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/**
 * Upstox "News" API group: articles of the past 7 days, keyed by the request-format instrument key
 * ({@code NSE_EQ|INE040H01021}); keys without news are left out.
 */
@RegisterRestClient(configKey = "upstox")
@RegisterClientHeaders(UpstoxAuthHeaders.class)
@RegisterProvider(UpstoxErrorMapper.class)
@RegisterProvider(RateLimitFilter.class)
@RegisterProvider(UpstreamMetricsFilter.class)
@Produces(MediaType.APPLICATION_JSON)
public interface NewsApi {

    /**
     * @param category       {@code instrument_keys}, {@code holdings} or {@code positions}
     * @param instrumentKeys comma-separated, at most 30; only with {@code category=instrument_keys}, else null
     * @param pageNumber     1-100
     * @param pageSize       1-100
     */
    @GET
    @Path("/v2/news")
    UpstoxPagedResponse<Map<String, List<NewsItem>>> news(@QueryParam("category") String category,
                                                          @QueryParam("instrument_keys") String instrumentKeys,
                                                          @QueryParam("page_number") int pageNumber,
                                                          @QueryParam("page_size") int pageSize);
}
