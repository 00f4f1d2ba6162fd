package dev.upstoxmcp.upstox;

import java.io.Serial;

/** Upstox rejected the token (401, UDAPI100050): it expired at 03:30 IST or was revoked. */
public final class TokenExpiredException extends UpstoxException {

    @Serial
    private static final long serialVersionUID = 1L;

    TokenExpiredException(String errorCode) {
        super("Upstox rejected the login token" + detail(null, errorCode) + ": your Upstox link expired at 03:30 IST "
                + "(Upstox tokens expire every day then, or when revoked); reconnect: please re-authorise the Upstox "
                + "connection (log in to Upstox again) and ask again.", errorCode);
    }
}
