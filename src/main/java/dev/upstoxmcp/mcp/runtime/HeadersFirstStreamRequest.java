package dev.upstoxmcp.mcp.runtime;

import java.io.IOException;
import java.io.PrintWriter;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/** On GET, writes an SSE comment right after the SDK starts the stream, which commits status and headers. */
final class HeadersFirstStreamRequest extends HttpServletRequestWrapper {
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
