package dev.upstoxmcp.mcp.runtime;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The reply to a JSON-RPC response a client posts: the answer to a request this server sent, which is only ever a
 * keep-alive ping. The SDK fails an answer whose id it is not waiting for (a second answer, one to a ping that already
 * timed out, a made-up id) with HTTP 500; that is its only failure for a response, as its session just looks the id
 * up. Nothing failed and nothing is left to do, so the answer is accepted and ignored: 202 with no body, as for any
 * response. Not the 400 the spec suggests for input a server cannot accept: the MCP Java client takes a 400 for a lost
 * session and would drop a working session over a ping answer that merely came late.
 */
final class StaleResponseReply extends HttpServletResponseWrapper {

    private boolean ignored;

    StaleResponseReply(HttpServletResponse response) {
        super(response);
    }

    @Override
    public void setStatus(int status) {
        if (status != SC_INTERNAL_SERVER_ERROR) {
            super.setStatus(status);
            return;
        }
        ignored = true;
        reset(); // the SDK set its error's content type first
        super.setStatus(SC_ACCEPTED);
    }

    @Override
    public PrintWriter getWriter() throws IOException {
        return ignored ? new PrintWriter(Writer.nullWriter()) : super.getWriter();
    }
}
