package dev.upstoxmcp.mcp.runtime;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

import io.modelcontextprotocol.json.McpJsonMapper;
import jakarta.servlet.AsyncContext;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Guards the SDK servlet on {@code /mcp} where the SDK does not: rejects an unsupported {@code MCP-Protocol-Version}
 * with 400, turns every {@code sendError} into a clean JSON-RPC error body instead of the container's error page, and
 * commits the headers of a GET listening stream at once (Liberty holds back status and headers until the first write,
 * so clients would wait for the first event to learn the stream is open).
 */
final class McpGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PROTOCOL_VERSION_HEADER = "MCP-Protocol-Version";

    private final transient List<String> supportedVersions;
    private final transient McpJsonMapper json;

    McpGuardFilter(List<String> supportedVersions, McpJsonMapper json) {
        this.supportedVersions = List.copyOf(supportedVersions);
        this.json = json;
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
        HttpServletRequest streamAware = "GET".equals(request.getMethod())
                ? new HeadersFirstStreamRequest(request, response) : request;
        chain.doFilter(streamAware, guarded);
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
            if (isCommitted()) return;
            resetBuffer();
            setStatus(status);
            setContentType("application/json");
            setCharacterEncoding("UTF-8");
            PrintWriter writer = getWriter();
            writer.write(json.writeValueAsString(ProtocolErrors.body(null, code, message)));
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
