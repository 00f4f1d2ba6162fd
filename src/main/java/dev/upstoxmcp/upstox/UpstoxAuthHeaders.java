package dev.upstoxmcp.upstox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

/**
 * Adds the current user's bearer token and an explicit User-Agent (Upstox's Cloudflare front blocks some library
 * defaults) to every Upstox request. The token is fetched per request and never stored or logged here.
 */
@ApplicationScoped
public class UpstoxAuthHeaders implements ClientHeadersFactory {

    @Inject
    TokenSource tokens;

    @Inject
    UpstoxConfig config;

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
                                                 MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
        headers.putSingle(HttpHeaders.AUTHORIZATION, tokens.currentToken().bearer());
        headers.putSingle(HttpHeaders.USER_AGENT, config.userAgent());
        headers.putSingle(HttpHeaders.ACCEPT, "application/json");
        return headers;
    }
}
