package dev.upstoxmcp.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The part of a test server's messages.log written while a test class ran, checked for failures the class's requests
 * caused: an error-level line (such as ToolInvoker's "Unexpected failure"), an FFDC incident, a stack frame, or a
 * protocol error the server could only answer as internal.
 */
final class ServerLogWatch {

    private static final List<Pattern> FAILURES = List.of(
            Pattern.compile("^\\[[^\\]]+\\] \\p{XDigit}{8} \\S+\\s+[EF] ", Pattern.MULTILINE), // SEVERE / FATAL
            Pattern.compile("Unexpected failure"),
            Pattern.compile("answered as internal error"),
            Pattern.compile("FFDC1015I"),                                                   // container caught one
            Pattern.compile("^\\s+at [\\w$.]+\\(", Pattern.MULTILINE));                     // stack frame

    private final String server;
    private final int from;

    private ServerLogWatch(String server, int from) {
        this.server = server;
        this.from = from;
    }

    static ServerLogWatch start(String server) throws IOException {
        return new ServerLogWatch(server, TestServers.serverLog(server).length());
    }

    /** What the server logged since {@link #start}. */
    String written() throws IOException {
        String log = TestServers.serverLog(server);
        return log.length() >= from ? log.substring(from) : log;
    }

    void assertNoFailureCausedByInput() throws IOException {
        String written = written();
        for (Pattern failure : FAILURES) {
            var found = failure.matcher(written);
            assertTrue(!found.find(), () -> server + " logged a failure (" + failure + "): "
                    + written.substring(Math.max(0, found.start() - 200), Math.min(written.length(), found.end()
                    + 800)));
        }
        Leaks.assertNoSecrets(written);
    }
}
