package dev.upstoxmcp.upstox;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.faulttolerance.Bulkhead;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * One circuit breaker, bulkhead and timeout per {@link UpstoxGroup}: MicroProfile Fault Tolerance keeps their state
 * per method, so each group has its own method. The annotations sit on each method, not the class, so that one group
 * can be tuned alone ({@code dev.upstoxmcp.upstox.UpstoxCircuits/marketData/Timeout/value}); the global keys
 * ({@code Timeout/value}, {@code Bulkhead/value}, {@code CircuitBreaker/delay}, ...) tune every group at once (no
 * other bean uses these three annotations). Only Upstox failing counts against a breaker (no usable answer, no answer
 * in time); the user's own problems (expired login, rate limit, rejected arguments, maintenance window) do not. Each
 * attempt of {@link UpstoxGateway#fetch} passes through here; the gateway picks the group's method.
 */
@ApplicationScoped
public class UpstoxCircuits {

    /** An attempt's time limit, ms: above connect + read timeout, so it also bounds a body that trickles in. */
    static final long TIMEOUT_MILLIS = 20_000;
    /** Calls of one group in flight at once; one more is refused at once (and retried by the gateway). */
    static final int IN_FLIGHT = 32;
    /** Of the last this many attempts of a group, ... */
    static final int WINDOW = 20;
    /** ... this share failing opens its circuit ... */
    static final double FAILURE_RATIO = 0.5;
    /** ... for this long, ms; then this many trial calls must succeed to close it. */
    static final long OPEN_MILLIS = 30_000;
    static final int TRIALS = 1;

    @Timeout(TIMEOUT_MILLIS)
    @Bulkhead(IN_FLIGHT)
    @CircuitBreaker(requestVolumeThreshold = WINDOW, failureRatio = FAILURE_RATIO, delay = OPEN_MILLIS,
            successThreshold = TRIALS, failOn = {UpstoxUnavailableException.class, TimeoutException.class})
    public <T> T portfolio(Supplier<T> call) {
        return call.get();
    }

    @Timeout(TIMEOUT_MILLIS)
    @Bulkhead(IN_FLIGHT)
    @CircuitBreaker(requestVolumeThreshold = WINDOW, failureRatio = FAILURE_RATIO, delay = OPEN_MILLIS,
            successThreshold = TRIALS, failOn = {UpstoxUnavailableException.class, TimeoutException.class})
    public <T> T orders(Supplier<T> call) {
        return call.get();
    }

    @Timeout(TIMEOUT_MILLIS)
    @Bulkhead(IN_FLIGHT)
    @CircuitBreaker(requestVolumeThreshold = WINDOW, failureRatio = FAILURE_RATIO, delay = OPEN_MILLIS,
            successThreshold = TRIALS, failOn = {UpstoxUnavailableException.class, TimeoutException.class})
    public <T> T reports(Supplier<T> call) {
        return call.get();
    }

    @Timeout(TIMEOUT_MILLIS)
    @Bulkhead(IN_FLIGHT)
    @CircuitBreaker(requestVolumeThreshold = WINDOW, failureRatio = FAILURE_RATIO, delay = OPEN_MILLIS,
            successThreshold = TRIALS, failOn = {UpstoxUnavailableException.class, TimeoutException.class})
    public <T> T marketData(Supplier<T> call) {
        return call.get();
    }

    @Timeout(TIMEOUT_MILLIS)
    @Bulkhead(IN_FLIGHT)
    @CircuitBreaker(requestVolumeThreshold = WINDOW, failureRatio = FAILURE_RATIO, delay = OPEN_MILLIS,
            successThreshold = TRIALS, failOn = {UpstoxUnavailableException.class, TimeoutException.class})
    public <T> T research(Supplier<T> call) {
        return call.get();
    }

    @Timeout(TIMEOUT_MILLIS)
    @Bulkhead(IN_FLIGHT)
    @CircuitBreaker(requestVolumeThreshold = WINDOW, failureRatio = FAILURE_RATIO, delay = OPEN_MILLIS,
            successThreshold = TRIALS, failOn = {UpstoxUnavailableException.class, TimeoutException.class})
    public <T> T account(Supplier<T> call) {
        return call.get();
    }

    @Timeout(TIMEOUT_MILLIS)
    @Bulkhead(IN_FLIGHT)
    @CircuitBreaker(requestVolumeThreshold = WINDOW, failureRatio = FAILURE_RATIO, delay = OPEN_MILLIS,
            successThreshold = TRIALS, failOn = {UpstoxUnavailableException.class, TimeoutException.class})
    public <T> T mutualFunds(Supplier<T> call) {
        return call.get();
    }

    @Timeout(TIMEOUT_MILLIS)
    @Bulkhead(IN_FLIGHT)
    @CircuitBreaker(requestVolumeThreshold = WINDOW, failureRatio = FAILURE_RATIO, delay = OPEN_MILLIS,
            successThreshold = TRIALS, failOn = {UpstoxUnavailableException.class, TimeoutException.class})
    public <T> T marketInfo(Supplier<T> call) {
        return call.get();
    }
}
