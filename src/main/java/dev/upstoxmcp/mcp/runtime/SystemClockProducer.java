package dev.upstoxmcp.mcp.runtime;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The one source of "now" for the application; tests replace it. */
@ApplicationScoped
class SystemClockProducer {

    @Produces
    Clock clock() {
        return Clock.systemUTC();
    }
}
