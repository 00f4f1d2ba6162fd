package dev.upstoxmcp.mcp.runtime;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import io.modelcontextprotocol.json.McpJsonMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guards the SDK servlet on {@code /mcp} where the SDK does not: rejects an unsupported {@code MCP-Protocol-Version}
 * with 400, turns every {@code sendError} into a clean JSON-RPC error body instead of the container's error page,
 * answers bodies that are not JSON-RPC messages and malformed params the SDK would mishandle ({@link JsonRpcShape}),
 * accepts and ignores a posted response the SDK is not waiting for ({@link StaleResponseReply}), gives HTTP/2 requests
 * a Host for the Origin/Host check ({@link AuthorityAsHostRequest}) and commits the headers of a GET listening stream
 * at once ({@link HeadersFirstStreamRequest}).
 */
final class McpGuardFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String PROTOCOL_VERSION_HEADER = "MCP-Protocol-Version";

    private final transient List<String> supportedVersions;
    private final transient McpJsonMapper json;
    private final transient JsonMapper requests;
    private final int maxRequestBytes;

    McpGuardFilter(List<String> supportedVersions, McpJsonMapper json, JsonMapper requests, int maxRequestBytes) {
        this.supportedVersions = List.copyOf(supportedVersions);
        this.json = json;
        this.requests = requests;
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
            byte[] json = withoutByteOrderMark(body);
            var message = wellFormed(json, guarded);
            if (message.isEmpty()) return;
            chain.doFilter(new BufferedBodyRequest(withHost, json),
                    JsonRpcShape.isResponse(message.get()) ? new StaleResponseReply(guarded) : guarded);
        } else {
            chain.doFilter("GET".equals(request.getMethod()) ? new HeadersFirstStreamRequest(withHost, response)
                    : withHost, guarded);
        }
    }

    /** JSON may start with a UTF-8 byte order mark (RFC 8259 lets a reader ignore it); the SDK cannot read one. */
    private static byte[] withoutByteOrderMark(byte[] body) {
        boolean marked = body.length >= 3 && body[0] == (byte) 0xEF && body[1] == (byte) 0xBB
                && body[2] == (byte) 0xBF;
        return marked ? Arrays.copyOfRange(body, 3, body.length) : body;
    }

    /**
     * Answers, with HTTP 400 and no id, a body that is not JSON (parse error; the SDK called it an invalid request),
     * nests too deep, or is not one JSON-RPC 2.0 message (invalid request; the SDK answered some with an internal error
     * or accepted them); and, with HTTP 200 and the request's id so the client keeps its session, a request whose
     * params the SDK would choke on. The message when none of these was answered.
     */
    private Optional<JsonNode> wellFormed(byte[] body, JsonErrorResponse response) throws IOException {
        JsonNode message;
        try {
            message = requests.readTree(body);
        } catch (StreamConstraintsException tooDeep) {
            response.writeError(HttpServletResponse.SC_BAD_REQUEST, ProtocolErrors.INVALID_REQUEST,
                    "Invalid request: the body nests deeper or holds longer numbers than this server reads");
            return Optional.empty();
        } catch (JacksonException notJson) {
            message = null;
        }
        if (message == null || message.isMissingNode()) {
            response.writeError(HttpServletResponse.SC_BAD_REQUEST, ProtocolErrors.PARSE_ERROR,
                    "Parse error: the request body is not valid JSON");
            return Optional.empty();
        }
        var notAMessage = JsonRpcShape.invalidRequest(message);
        if (notAMessage.isPresent()) {
            response.writeError(HttpServletResponse.SC_BAD_REQUEST, ProtocolErrors.INVALID_REQUEST,
                    "Invalid request: " + notAMessage.get());
            return Optional.empty();
        }
        var problem = JsonRpcShape.invalidParams(message);
        if (problem.isEmpty()) return Optional.of(message);
        Object id = message.get("id").isNumber() ? message.get("id").numberValue() : message.get("id").asString();
        response.writeJson(HttpServletResponse.SC_OK,
                ProtocolErrors.body(id, ProtocolErrors.INVALID_PARAMS, "Invalid params: " + problem.get()));
        return Optional.empty();
    }
}
