package dev.upstoxmcp.mcp.runtime;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * HTTP/2 requests (h2, or h2c after an upgrade) carry the target in {@code :authority} and no Host header; the
 * container still knows it as server name and port. Exposing it as Host keeps DNS-rebinding protection working
 * for HTTP/2 clients instead of rejecting them all with 421.
 */
final class AuthorityAsHostRequest extends HttpServletRequestWrapper {

    static final String HOST = "Host";

    private final String authority;

    /** The request itself when it has a Host header, else the request with its authority as Host. */
    static HttpServletRequest ensureHost(HttpServletRequest request) {
        return request.getHeader(HOST) == null ? new AuthorityAsHostRequest(request) : request;
    }

    private AuthorityAsHostRequest(HttpServletRequest request) {
        super(request);
        this.authority = request.getServerName() + ":" + request.getServerPort();
    }

    @Override
    public String getHeader(String name) {
        return HOST.equalsIgnoreCase(name) ? authority : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return HOST.equalsIgnoreCase(name) ? Collections.enumeration(List.of(authority)) : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        List<String> names = Collections.list(super.getHeaderNames());
        names.add(HOST);
        return Collections.enumeration(names);
    }
}
