package dev.upstoxmcp.upstox;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The one place Upstox calls go through: unwraps the success envelope and turns every failure into an
 * {@link UpstoxException}. Each attempt passes its group's circuit breaker, bulkhead and timeout
 * ({@link UpstoxCircuits}). Gateway errors (502/503/504), rate limiting (429) and a full bulkhead are retried, with
 * jittered delays and counts configured under {@code dev.upstoxmcp.upstox.UpstoxGateway/fetch/Retry/*}; every call is
 * an idempotent GET. A broken connection is already repeated once by the JDK's HTTP client, and nothing else is
 * retried: not timeouts (the next attempt would wait as long), not an open circuit, not 4xx.
 */
@ApplicationScoped
public class UpstoxGateway {

    @Inject
    TokenSource tokens;

    @Inject
    UpstoxCircuits circuits;

    @Inject
    OpenCircuits openCircuits;

    @Retry(retryOn = {TransientUpstoxException.class, RateLimitedException.class, UpstoxBusyException.class})
    public <T> T fetch(UpstoxGroup group, Supplier<UpstoxResponse<T>> call) {
        try {
            T data = guarded(group, () -> answer(call));
            openCircuits.answered(group);
            return data;
        } catch (CircuitBreakerOpenException open) {
            throw new CircuitOpenException(group, openCircuits.refused(group));
        } catch (BulkheadException full) {
            throw new UpstoxBusyException(group);
        } catch (TimeoutException slow) {
            openCircuits.failed(group);
            throw UpstoxErrors.tooSlow();
        } catch (UpstoxUnavailableException failure) {
            openCircuits.failed(group);
            throw failure;
        } catch (UpstoxException answered) {
            openCircuits.answered(group);
            throw answered;
        }
    }

    /** The call behind {@code group}'s own breaker, bulkhead and timeout. */
    private <T> T guarded(UpstoxGroup group, Supplier<T> call) {
        return switch (group) {
            case PORTFOLIO -> circuits.portfolio(call);
            case ORDERS -> circuits.orders(call);
            case REPORTS -> circuits.reports(call);
            case MARKET_DATA -> circuits.marketData(call);
            case RESEARCH -> circuits.research(call);
            case ACCOUNT -> circuits.account(call);
            case MUTUAL_FUNDS -> circuits.mutualFunds(call);
            case MARKET_INFO -> circuits.marketInfo(call);
        };
    }

    private <T> T answer(Supplier<UpstoxResponse<T>> call) {
        UpstoxResponse<T> response;
        try {
            response = call.get();
        } catch (UpstoxException failure) {
            throw noticed(failure);
        } catch (ProcessingException transportFailure) {
            throw noticed(UpstoxErrors.ofTransport(transportFailure));
        } catch (WebApplicationException unmappedStatus) {
            throw UpstoxErrors.ofStatus(unmappedStatus.getResponse().getStatus(), null, null);
        }
        if (response == null || !UpstoxResponse.SUCCESS.equals(response.getStatus()) || response.getData() == null) {
            throw UpstoxErrors.badResponse();
        }
        return response.getData();
    }

    /** A token Upstox rejected is forgotten, so the user's next request is asked to log in again. */
    private UpstoxException noticed(UpstoxException failure) {
        if (failure instanceof TokenExpiredException) tokens.rejected();
        return failure;
    }
}
