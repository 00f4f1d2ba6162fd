package dev.upstoxmcp.upstox;

import java.io.Serial;

/** An Upstox API group failed repeatedly, so its circuit breaker holds calls back for a while instead of sending them. */
public final class CircuitOpenException extends UpstoxException {

    @Serial
    private static final long serialVersionUID = 1L;

    CircuitOpenException(UpstoxGroup group, long retryInSeconds) {
        super("Upstox's " + group.label() + " service is failing; retrying in " + retryInSeconds + " s. Ask again "
                + "after that; other Upstox data is not affected. Nothing was changed.", null);
    }
}
