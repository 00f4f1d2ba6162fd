package dev.upstoxmcp.mcp.runtime;

import java.io.IOException;
import java.util.List;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;

/**
 * The SDK's JSON mapper with one change: errors are written through {@link ProtocolErrors}. The SDK serialises an
 * {@link McpError} as a Java exception bean (stack trace included, SDK issue #955) and copies parser and exception
 * messages into JSON-RPC errors; every such body passes through here, on both plain JSON and SSE responses.
 */
final class SafeErrorJsonMapper implements McpJsonMapper {

    private final McpJsonMapper delegate;
    private final List<String> knownResources;

    SafeErrorJsonMapper(McpJsonMapper delegate) {
        this(delegate, List.of());
    }

    /** {@code knownResources}: the URIs and URI templates a "resource not found" error lists for the client. */
    SafeErrorJsonMapper(McpJsonMapper delegate, List<String> knownResources) {
        this.delegate = delegate;
        this.knownResources = List.copyOf(knownResources);
    }

    @Override
    public String writeValueAsString(Object value) throws IOException {
        return delegate.writeValueAsString(safe(value));
    }

    @Override
    public byte[] writeValueAsBytes(Object value) throws IOException {
        return delegate.writeValueAsBytes(safe(value));
    }

    private Object safe(Object value) {
        if (value instanceof McpError error) {
            var jsonRpc = error.getJsonRpcError() != null ? error.getJsonRpcError()
                    : new McpSchema.JSONRPCResponse.JSONRPCError(ProtocolErrors.INTERNAL_ERROR, "Internal error");
            var clean = ProtocolErrors.sanitize(jsonRpc);
            return ProtocolErrors.body(null, clean.code(), clean.message());
        }
        if (value instanceof McpSchema.JSONRPCResponse response && response.error() != null) {
            var error = response.error();
            var clean = error.code() != null && error.code() == ResourceCatalog.RESOURCE_NOT_FOUND
                    ? ProtocolErrors.resourceNotFound(error, knownResources) : ProtocolErrors.sanitize(error);
            return new McpSchema.JSONRPCResponse(response.jsonrpc(), response.id(), null, clean);
        }
        return value;
    }

    @Override
    public <T> T readValue(String content, Class<T> type) throws IOException {
        return delegate.readValue(content, type);
    }

    @Override
    public <T> T readValue(byte[] content, Class<T> type) throws IOException {
        return delegate.readValue(content, type);
    }

    @Override
    public <T> T readValue(String content, TypeRef<T> type) throws IOException {
        return delegate.readValue(content, type);
    }

    @Override
    public <T> T readValue(byte[] content, TypeRef<T> type) throws IOException {
        return delegate.readValue(content, type);
    }

    @Override
    public <T> T convertValue(Object value, Class<T> type) {
        return delegate.convertValue(value, type);
    }

    @Override
    public <T> T convertValue(Object value, TypeRef<T> type) {
        return delegate.convertValue(value, type);
    }
}
