package dev.upstoxmcp.upstox;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * The one place Upstox calls go through: unwraps the success envelope and turns every failure into an
 * {@link UpstoxException}. Gateway errors (502/503/504) and rate limiting (429) are retried, with delays and counts
 * configured under
 * {@code dev.upstoxmcp.upstox.UpstoxGateway/fetch/Retry/*}; a broken connection is already repeated once by the
 * JDK's HTTP client, and nothing else is retried.
 */
@ApplicationScoped
public class UpstoxGateway {

    @Inject
    TokenSource tokens;

    @Retry(retryOn = {TransientUpstoxException.class, RateLimitedException.class})
    public <T> T fetch(Supplier<UpstoxResponse<T>> call) {
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
