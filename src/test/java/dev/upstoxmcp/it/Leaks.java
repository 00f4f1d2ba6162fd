package dev.upstoxmcp.it;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import java.util.regex.Pattern;

/** Text a client or a log may show must not reveal internals or secrets. */
public final class Leaks {

    /** Secret values the test servers are configured with. */
    public static final List<String> SECRETS = List.of("it-live-token-7f3c9a1e5b", "sandbox-demo-token");

    private static final List<Pattern> INTERNALS = List.of(
            Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\("),          // stack frame
            Pattern.compile("\\b(java|jakarta|javax|io\\.modelcontextprotocol|tools\\.jackson|org\\.jboss|"
                    + "com\\.ibm|dev\\.upstoxmcp)\\.[a-z]"),                   // package-qualified names
            Pattern.compile("[A-Z]\\w*(Exception|Error)\\b"),                 // exception class names
            Pattern.compile("https?://[^\\s\"]*\\?"),                         // URL with a query
            Pattern.compile("Bearer\\s+\\S"),                                 // a bearer header
            Pattern.compile("RESTEASY\\d+|SRVE\\d{4}E"));                     // framework error reports

    private Leaks() {}

    /** Fails if the text shows a stack frame, class name, URL query, bearer header or configured secret. */
    public static String assertNone(String text) {
        for (Pattern internal : INTERNALS) {
            assertFalse(internal.matcher(text).find(), () -> "leaks " + internal + ": " + text);
        }
        assertNoSecrets(text);
        return text;
    }

    public static void assertNoSecrets(String text) {
        for (String secret : SECRETS) {
            assertFalse(text.contains(secret), "a configured secret appears in: " + abbreviate(text, secret));
        }
    }

    private static String abbreviate(String text, String secret) {
        int at = text.indexOf(secret);
        return text.substring(Math.max(0, at - 200), Math.min(text.length(), at + secret.length() + 50))
                .replace(secret, "<SECRET>");
    }
}
