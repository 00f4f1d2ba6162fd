package dev.upstoxmcp.mcp.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

class StaleResponseReplyTest {

    /** What the SDK's answer did to the container's response. */
    static final class Recorded {
        final List<String> calls = new ArrayList<>();
        final StringWriter body = new StringWriter();

        HttpServletResponse response() {
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> {
                        if (method.getName().equals("getWriter")) return new PrintWriter(body);
                        calls.add(method.getName() + (args == null ? "" : List.of(args)));
                        return null;
                    });
        }
    }

    /** The SDK's answer to a response whose id it is not waiting for (HttpServletStreamableServerTransportProvider). */
    static void sdkFailsTheResponse(HttpServletResponse response) throws Exception {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.setStatus(500);
        response.getWriter().write("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600}}");
        response.getWriter().flush();
    }

    @Test
    void anAnswerTheSdkIsNotWaitingForIsAcceptedAndIgnored() throws Exception {
        Recorded container = new Recorded();
        sdkFailsTheResponse(new StaleResponseReply(container.response()));
        assertEquals(List.of("setContentType[application/json]", "setCharacterEncoding[UTF-8]", "reset",
                "setStatus[202]"), container.calls);
        assertEquals("", container.body.toString());
    }

    @Test
    void anAnswerTheSdkTakesAndOtherErrorsPassUnchanged() throws Exception {
        Recorded accepted = new Recorded();
        new StaleResponseReply(accepted.response()).setStatus(202);
        assertEquals(List.of("setStatus[202]"), accepted.calls);

        Recorded unknownSession = new Recorded();
        HttpServletResponse reply = new StaleResponseReply(unknownSession.response());
        reply.setStatus(404);
        reply.getWriter().write("{\"error\":{}}");
        reply.getWriter().flush();
        assertEquals(List.of("setStatus[404]"), unknownSession.calls);
        assertTrue(unknownSession.body.toString().contains("error"));
    }
}
