package dev.upstoxmcp.upstox;

import java.io.Serial;

/**
 * As many calls to one Upstox API group are in flight as its bulkhead allows (the group is slow), so this one was not
 * sent; the gateway retries it after a short wait before the user reads this.
 */
public final class UpstoxBusyException extends UpstoxException {

    @Serial
    private static final long serialVersionUID = 1L;

    UpstoxBusyException(UpstoxGroup group) {
        super("Upstox's " + group.label() + " service is answering slowly and this server already waits on as many "
                + "of its answers as it allows. Ask again in a few seconds. Nothing was changed.", null);
    }
}
