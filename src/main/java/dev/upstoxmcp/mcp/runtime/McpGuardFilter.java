package dev.upstoxmcp.mcp.runtime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import io.modelcontextprotocol.json.McpJsonMapper;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Guards the SDK servlet on {@code /mcp} where the SDK does not: rejects an unsupported {@code MCP-Protocol-Version}
 * with 400, turns every {@code sendError} into a clean JSON-RPC error body instead of the container's error page,
 * gives HTTP/2 requests a Host for the Origin/Host check, and commits the headers of a GET listening stream at once (Liberty holds back status and headers until the first write,
 * so clients would wait for the first event to learn the stream is open).
 */
final class McpGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PROTOCOL_VERSION_HEADER = "MCP-Protocol-Version";
    private static final String HOST = "Host";

    private final transient List<String> supportedVersions;
    private final transient McpJsonMapper json;
    private final int maxRequestBytes;

    McpGuardFilter(List<String> supportedVersions, McpJsonMapper json, int maxRequestBytes) {
        this.supportedVersions = List.copyOf(supportedVersions);
        this.json = json;
        this.maxRequestBytes = maxRequestBytes;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        JsonErrorResponse guarded = new JsonErrorResponse(response, json);
        String version = request.getHeader(PROTOCOL_VERSION_HEADER);
        if (version != null && !supportedVersions.contains(version.strip())) {
            guarded.writeError(HttpServletResponse.SC_BAD_REQUEST, ProtocolErrors.INVALID_REQUEST,
                    "Unsupported MCP-Protocol-Version; this server speaks " + String.join(", ", supportedVersions));
            return;
        }
        response.setHeader("X-Accel-Buffering", "no");
        HttpServletRequest withHost = request.getHeader(HOST) == null ? new AuthorityAsHostRequest(request) : request;
        if ("POST".equals(request.getMethod())) {
            byte[] body = request.getInputStream().readNBytes(maxRequestBytes + 1);
            if (body.length > maxRequestBytes) {
                guarded.writeError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, ProtocolErrors.INVALID_REQUEST,
                        "Request body too large");
                return;
            }
            if (answeredInvalidParams(body, guarded)) return;
            chain.doFilter(new BufferedBodyRequest(withHost, body), guarded);
        } else {
            chain.doFilter("GET".equals(request.getMethod()) ? new HeadersFirstStreamRequest(withHost, response)
                    : withHost, guarded);
        }
    }

    /** Answers a request whose params the SDK would choke on; a body that is not JSON is left to the SDK. */
    private boolean answeredInvalidParams(byte[] body, JsonErrorResponse response) throws IOException {
        JsonNode message;
        try {
            message = ToolJson.MAPPER.readTree(body);
        } catch (JacksonException notJson) {
            return false;
        }
        if (message == null) return false;
        var problem = JsonRpcShape.invalidParams(message);
        if (problem.isEmpty()) return false;
        Object id = message.get("id").isNumber() ? message.get("id").numberValue() : message.get("id").asString();
        response.writeJson(HttpServletResponse.SC_OK,
                ProtocolErrors.body(id, ProtocolErrors.INVALID_PARAMS, "Invalid params: " + problem.get()));
        return true;
    }

    /** The body read by this filter, replayed to the SDK. */
    private static final class BufferedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        BufferedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream bytes = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return bytes.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return bytes.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return bytes.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the MCP endpoint reads request bodies synchronously");
                }
            };
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }

    /**
     * HTTP/2 requests (h2, or h2c after an upgrade) carry the target in {@code :authority} and no Host header; the
     * container still knows it as server name and port. Exposing it as Host keeps DNS-rebinding protection working
     * for HTTP/2 clients instead of rejecting them all with 421.
     */
    private static final class AuthorityAsHostRequest extends HttpServletRequestWrapper {
        private final String authority;

        AuthorityAsHostRequest(HttpServletRequest request) {
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

    /** On GET, writes an SSE comment right after the SDK starts the stream, which commits status and headers. */
    private static final class HeadersFirstStreamRequest extends HttpServletRequestWrapper {
        private final HttpServletResponse response;

        HeadersFirstStreamRequest(HttpServletRequest request, HttpServletResponse response) {
            super(request);
            this.response = response;
        }

        @Override
        public AsyncContext startAsync() {
            AsyncContext context = super.startAsync();
            try {
                PrintWriter writer = response.getWriter();
                writer.write(": stream open\n\n");
                writer.flush();
            } catch (IOException clientGone) {
                context.complete();
            }
            return context;
        }
    }

    /** Answers {@code sendError} with a JSON-RPC error body the client can parse. */
    static final class JsonErrorResponse extends HttpServletResponseWrapper {
        private final McpJsonMapper json;

        JsonErrorResponse(HttpServletResponse response, McpJsonMapper json) {
            super(response);
            this.json = json;
        }

        @Override
        public void sendError(int status) throws IOException {
            sendError(status, null);
        }

        @Override
        public void sendError(int status, String ignoredMessage) throws IOException {
            writeError(status, status == SC_INTERNAL_SERVER_ERROR ? ProtocolErrors.INTERNAL_ERROR
                    : ProtocolErrors.INVALID_REQUEST, messageFor(status));
        }

        void writeError(int status, int code, String message) throws IOException {
            writeJson(status, ProtocolErrors.body(null, code, message));
        }

        void writeJson(int status, Object body) throws IOException {
            if (isCommitted()) return;
            resetBuffer();
            setStatus(status);
            setContentType("application/json");
            setCharacterEncoding("UTF-8");
            PrintWriter writer = getWriter();
            writer.write(json.writeValueAsString(body));
            writer.flush();
        }

        private static String messageFor(int status) {
            return switch (status) {
                case SC_FORBIDDEN -> "Forbidden: the Origin header is not on this server's allow-list "
                        + "(mcp.allowed-origins)";
                case 421 -> "Misdirected request: the Host header is not on this server's allow-list "
                        + "(mcp.allowed-hosts)";
                case SC_NOT_FOUND -> "Session not found or expired; send a new initialize request without "
                        + "Mcp-Session-Id";
                case SC_REQUEST_ENTITY_TOO_LARGE -> "Request body too large";
                case SC_METHOD_NOT_ALLOWED -> "Method not allowed on this endpoint";
                case SC_SERVICE_UNAVAILABLE -> "Server is shutting down; retry shortly";
                case SC_BAD_REQUEST -> "Bad request";
                default -> "Request failed";
            };
        }
    }
}
