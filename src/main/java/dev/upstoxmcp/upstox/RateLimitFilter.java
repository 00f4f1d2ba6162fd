package dev.upstoxmcp.upstox;

import java.lang.reflect.Method;

import jakarta.enterprise.inject.spi.CDI;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;

/**
 * Spends the user's request budget for the Rest Client method being invoked before the request leaves. Registered on
 * every Upstox Rest Client; the budget itself is an application-wide bean.
 */
public class RateLimitFilter implements ClientRequestFilter {

    /** Set by MicroProfile Rest Client on every request it sends. */
    static final String INVOKED_METHOD = "org.eclipse.microprofile.rest.client.invokedMethod";

    @Override
    public void filter(ClientRequestContext request) {
        UpstoxAccess access = CDI.current().select(UpstoxAccess.class).get();
        String api = apiOf(request);
        try {
            if (access.budget().take(access.tokens().currentToken().fingerprint(), api)) {
                CDI.current().select(UpstreamMetrics.class).get().waited(api);
            }
        } catch (RequestBudgetExceededException spent) {
            CDI.current().select(UpstreamMetrics.class).get().refused(api);
            throw spent;
        }
    }

    /** The Rest Client method being invoked, e.g. {@code HistoryApi.historical}; the path when there is none. */
    static String apiOf(ClientRequestContext request) {
        Method method = (Method) request.getProperty(INVOKED_METHOD);
        return method == null ? request.getUri().getPath()
                : method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
