package dev.upstoxmcp.upstox;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.client.ClientResponseContext;
import jakarta.ws.rs.client.ClientResponseFilter;

/**
 * Notes when each request to Upstox leaves and records its answer in {@link UpstreamMetrics}. Registered on every
 * Upstox Rest Client; requests that get no answer (timeouts, resets) are not recorded here.
 */
public class UpstreamMetricsFilter implements ClientRequestFilter, ClientResponseFilter {

    private static final String STARTED = UpstreamMetricsFilter.class.getName() + ".started";

    @Override
    public void filter(ClientRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ClientRequestContext request, ClientResponseContext response) {
        if (!(request.getProperty(STARTED) instanceof Long start)) return;
        CDI.current().select(UpstreamMetrics.class).get().answered(RateLimitFilter.apiOf(request),
                response.getStatus(), System.nanoTime() - start);
    }
}
