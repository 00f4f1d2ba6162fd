package dev.upstoxmcp.upstox;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * One circuit breaker, bulkhead and timeout per {@link UpstoxGroup}: MicroProfile Fault Tolerance keeps their state
 * per method, so each group has its own method, all sharing the class-level settings
 * ({@code dev.upstoxmcp.upstox.UpstoxCircuits/CircuitBreaker/*}, {@code .../Bulkhead/value},
 * {@code .../Timeout/value}). Only Upstox failing counts against a breaker (no usable answer, no answer in time);
 * the user's own problems (expired login, rate limit, rejected arguments, maintenance window) do not. Each attempt of
 * {@link UpstoxGateway#fetch} passes through here; the gateway picks the group's method.
 */
@ApplicationScoped
@CircuitBreaker(failOn = {UpstoxUnavailableException.class, TimeoutException.class})
@Bulkhead
@Timeout
public class UpstoxCircuits {

    public <T> T portfolio(Supplier<T> call) {
        return call.get();
    }

    public <T> T orders(Supplier<T> call) {
        return call.get();
    }

    public <T> T reports(Supplier<T> call) {
        return call.get();
    }

    public <T> T marketData(Supplier<T> call) {
        return call.get();
    }

    public <T> T research(Supplier<T> call) {
        return call.get();
    }

    public <T> T account(Supplier<T> call) {
        return call.get();
    }

    public <T> T mutualFunds(Supplier<T> call) {
        return call.get();
    }

    public <T> T marketInfo(Supplier<T> call) {
        return call.get();
    }
}
