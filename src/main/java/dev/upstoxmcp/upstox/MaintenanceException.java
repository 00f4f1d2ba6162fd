package dev.upstoxmcp.upstox;

import java.io.Serial;

/** Upstox answered 423 Locked: the service is in its maintenance window (funds: 00:00-05:30 IST daily). */
public final class MaintenanceException extends UpstoxException {

    @Serial
    private static final long serialVersionUID = 1L;

    MaintenanceException(String errorCode) {
        super("This Upstox service is in its maintenance window" + detail(null, errorCode)
                + " (funds and margin are unavailable daily from 00:00 to 05:30 IST). Try again after 05:30 IST.",
                errorCode);
    }
}
