package dev.upstoxmcp.mcp.runtime;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Short random references that tie an answer the user sees to the one log line an operator looks for. */
final class ErrorRef {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ErrorRef() {}

    static String next() {
        byte[] bytes = new byte[3];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }

    /**
     * Where a failure arose in our own code ("PortfolioService.java:42"), without exception class names or messages,
     * which may carry third-party text or secrets.
     */
    static String originOf(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            for (StackTraceElement frame : current.getStackTrace()) {
                if (frame.getClassName().startsWith("dev.upstoxmcp.") && frame.getFileName() != null) {
                    return frame.getFileName() + ":" + frame.getLineNumber();
                }
            }
        }
        return "outside the application";
    }
}
