package dev.upstoxmcp.upstox;

import java.io.Serial;

import dev.upstoxmcp.mcp.ToolCallException;

/**
 * Upstox could not answer. Each subtype's message says what happened in plain words and what the user can do; the
 * Upstox error code, when there is one, is kept for diagnosis and named in the text.
 */
public abstract sealed class UpstoxException extends ToolCallException
        permits NotLinkedException, TokenExpiredException, RateLimitedException, RequestBudgetExceededException,
        MaintenanceException, CircuitOpenException, UpstoxBusyException,
        AccessDeniedException, UpstoxRejectedException, UpstoxUnavailableException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String errorCode;

    protected UpstoxException(String message, String errorCode) {
        super(message);
        this.errorCode = errorCode;
    }

    /** " (HTTP 500, UDAPI100500)", " (UDAPI100050)" or "" for what is known of an answer. */
    static String detail(Integer status, String errorCode) {
        String parts = (status == null ? "" : "HTTP " + status) + (status != null && errorCode != null ? ", " : "")
                + (errorCode == null ? "" : errorCode);
        return parts.isEmpty() ? "" : " (" + parts + ")";
    }

    /** Upstox's failures are reported; the subclasses that are about the user, not Upstox, say otherwise. */
    @Override
    public boolean reportable() {
        return true;
    }

    /** Upstox's error code such as {@code UDAPI100050}, or null when the response carried none. */
    public String errorCode() {
        return errorCode;
    }
}
