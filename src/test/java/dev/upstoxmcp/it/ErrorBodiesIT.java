package dev.upstoxmcp.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Whatever path and whatever mistake, the body of an error names no exception, class or stack frame. Requests go
 * over a plain socket so that malformed URLs reach the server as sent.
 */
class ErrorBodiesIT {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "GET    | /no/such/page                                 |      | 404",
            "GET    | /health/no-such-check                         |      | 404",
            "GET    | /sandbox/v2/user/profile?segment=%ZZ          |      | 400",
            "GET    | /sandbox/v2/user/%ZZ                          |      | 400",
            "POST   | /sandbox/v2/user/profile                      | {}   | 405",
            "PUT    | /sandbox/__admin/scenarios/upstox/state       | {bad | 400",
            "PUT    | /sandbox/__admin/scenarios/upstox/state       | []   | 400",
            "PATCH  | /mcp                                          | {}   | 501",
            "GET    | /mcp?x=%ZZ                                    |      | 400"})
    void errorBodiesLeakNothing(String method, String target, String body, int status) throws IOException {
        String[] response = send(method, target, body == null ? "" : body);
        assertEquals(String.valueOf(status), response[0], () -> String.join("\n", response));
        Leaks.assertNone(response[1]);
    }

    /** Status code and everything after the header block. */
    static String[] send(String method, String target, String body) throws IOException {
        URI server = URI.create(TestServers.sandboxUrl());
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: " + server.getHost() + ":" + server.getPort()
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + content.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            out.write(content);
            out.flush();
            InputStream in = socket.getInputStream();
            String raw = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int headersEnd = raw.indexOf("\r\n\r\n");
            return new String[] {raw.split(" ", 3)[1], headersEnd < 0 ? "" : raw.substring(headersEnd + 4)};
        }
    }
}
