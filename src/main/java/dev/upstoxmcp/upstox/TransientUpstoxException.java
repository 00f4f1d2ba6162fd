package dev.upstoxmcp.upstox;

import java.io.Serial;

/** An answer that usually goes away on its own: HTTP 502, 503 or 504 from Upstox or its gateway. Retried. */
public final class TransientUpstoxException extends UpstoxUnavailableException {

    @Serial
    private static final long serialVersionUID = 1L;

    TransientUpstoxException(String what, Integer status, String errorCode) {
        super(what, status, errorCode);
    }
}
