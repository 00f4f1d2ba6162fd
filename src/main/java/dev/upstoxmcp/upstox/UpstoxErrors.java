package dev.upstoxmcp.upstox;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/** Turns what Upstox (or the network) answered into the {@link UpstoxException} the user reads. */
final class UpstoxErrors {

    static final String TOKEN_INVALID = "UDAPI100050";
    static final String RATE_LIMITED = "UDAPI10005";
    static final String FUNDS_MAINTENANCE = "UDAPI100072";
    static final long DEFAULT_RATE_LIMIT_WAIT_SECONDS = 60;

    private UpstoxErrors() {}

    /** An HTTP error answer with Upstox's error code (null if the body had none) and any Retry-After seconds. */
    static UpstoxException ofStatus(int status, String errorCode, Long retryAfterSeconds) {
        if (status == 401 || TOKEN_INVALID.equals(errorCode)) return new TokenExpiredException(errorCode);
        if (status == 429 || RATE_LIMITED.equals(errorCode)) {
            return new RateLimitedException(errorCode,
                    retryAfterSeconds != null && retryAfterSeconds > 0 ? retryAfterSeconds
                            : DEFAULT_RATE_LIMIT_WAIT_SECONDS);
        }
        if (status == 423 || FUNDS_MAINTENANCE.equals(errorCode)) return new MaintenanceException(errorCode);
        if (status == 403 && errorCode == null) {
            return new UpstoxUnavailableException("Upstox's web firewall refused the request (not an Upstox API "
                    + "answer; this server's network may be blocked)", status, null);
        }
        if (status == 403) return new AccessDeniedException(errorCode);
        if (status == 502 || status == 503 || status == 504) {
            return new TransientUpstoxException("Upstox is temporarily unavailable", status, errorCode);
        }
        if (status >= 500) return new UpstoxUnavailableException("Upstox had an internal error", status, errorCode);
        return new UpstoxRejectedException(status, errorCode);
    }

    /**
     * A failure below HTTP: no answer in time, a broken connection, a body that is not the documented JSON, or one of
     * our own exceptions that the Rest Client wrapped on its way out.
     */
    static UpstoxException ofTransport(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof UpstoxException ours) return ours;    // e.g. no token, raised in the header factory
            if (cause instanceof InterruptedIOException || cause instanceof TimeoutException) return tooSlow();
            if (cause instanceof UnknownHostException) {
                return new UpstoxUnavailableException("The Upstox API host could not be found (check the network and "
                        + "the upstox/mp-rest/url setting)", null, null);
            }
            if (cause instanceof jakarta.json.bind.JsonbException || cause instanceof jakarta.json.JsonException) {
                return badResponse();
            }
            if (cause instanceof IOException) {
                // not retried here: the JDK's HTTP client already repeats an idempotent GET once on a broken connection
                return new UpstoxUnavailableException("The connection to Upstox failed", null, null);
            }
        }
        return new UpstoxUnavailableException("Upstox could not be reached", null, null);
    }

    /** No answer within the Rest Client's read timeout or the fault-tolerance timeout of an attempt. */
    static UpstoxUnavailableException tooSlow() {
        return new UpstoxUnavailableException("Upstox did not answer in time", null, null);
    }

    static UpstoxUnavailableException badResponse() {
        return new UpstoxUnavailableException("Upstox sent an answer that is not the JSON it documents", null, null);
    }
}
