package dev.upstoxmcp.mcp.runtime;

import java.io.IOException;
import java.util.List;

import io.modelcontextprotocol.json.McpJsonMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Guards the SDK servlet on {@code /mcp} where the SDK does not: rejects an unsupported {@code MCP-Protocol-Version}
 * with 400, turns every {@code sendError} into a clean JSON-RPC error body instead of the container's error page,
 * answers malformed params the SDK would leave hanging ({@link JsonRpcShape}), gives HTTP/2 requests a Host for the
 * Origin/Host check ({@link AuthorityAsHostRequest}) and commits the headers of a GET listening stream at once
 * ({@link HeadersFirstStreamRequest}).
 */
final class McpGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PROTOCOL_VERSION_HEADER = "MCP-Protocol-Version";

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
        HttpServletRequest withHost = AuthorityAsHostRequest.ensureHost(request);
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
}
