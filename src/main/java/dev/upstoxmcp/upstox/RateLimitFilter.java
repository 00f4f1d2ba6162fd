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
        Method method = (Method) request.getProperty(INVOKED_METHOD);
        String api = method == null ? request.getUri().getPath()
                : method.getDeclaringClass().getSimpleName() + "." + method.getName();
        UpstoxAccess access = CDI.current().select(UpstoxAccess.class).get();
        access.budget().take(access.tokens().currentToken().fingerprint(), api);
    }
}
