package dev.upstoxmcp.mcp.runtime;

import java.io.IOException;
import java.io.PrintWriter;

import io.modelcontextprotocol.json.McpJsonMapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/** Answers {@code sendError} with a JSON-RPC error body the client can parse. */
final class JsonErrorResponse extends HttpServletResponseWrapper {
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
            case SC_NOT_FOUND -> ProtocolErrors.SESSION_NOT_FOUND;
            case SC_REQUEST_ENTITY_TOO_LARGE -> "Request body too large";
            case SC_METHOD_NOT_ALLOWED, SC_NOT_IMPLEMENTED -> "Method not allowed on this endpoint; use POST, GET or "
                    + "DELETE";
            case SC_SERVICE_UNAVAILABLE -> "Server is shutting down; retry shortly";
            case SC_BAD_REQUEST -> "Bad request";
            default -> "Request failed";
        };
    }
}
