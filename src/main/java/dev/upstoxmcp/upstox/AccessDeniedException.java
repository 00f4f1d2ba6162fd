package dev.upstoxmcp.upstox;

import java.io.Serial;

/** Upstox answered 403: the token may not use this API, or the request did not come from the registered static IP. */
public final class AccessDeniedException extends UpstoxException {

    @Serial
    private static final long serialVersionUID = 1L;

    AccessDeniedException(String errorCode) {
        super("Upstox refused access to this data" + detail(null, errorCode) + ". Account APIs "
                + "need a token that is allowed to read them and, for analytics tokens, a request from the static IP "
                + "registered in the Upstox developer console. Check the token's permissions and try again.",
                errorCode);
    }
}
