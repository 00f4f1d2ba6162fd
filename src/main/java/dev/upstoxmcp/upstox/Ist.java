package dev.upstoxmcp.upstox;

import java.time.ZoneId;

/** India Standard Time: the zone of every Upstox timestamp, market hour and token expiry. */
public final class Ist {

    public static final ZoneId ZONE = ZoneId.of("Asia/Kolkata");

    private Ist() {}
}
