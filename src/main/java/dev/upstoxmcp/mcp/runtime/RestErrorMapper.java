package dev.upstoxmcp.mcp.runtime;

import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Every failure of a JAX-RS resource (the sandbox, and later the OAuth endpoints) answers with a short JSON error:
 * the HTTP status and its reason, never the exception, its message or a stack trace. Unexpected ones are logged
 * once under a reference.
 */
@Provider
public class RestErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(RestErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable failure) {
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            return json(web.getResponse().getStatus(), web.getResponse().getStatusInfo().getReasonPhrase());
        }
        if (failure instanceof ProcessingException || failure instanceof IllegalArgumentException) {
            return json(400, "Bad Request");     // an unreadable body or URI
        }
        String ref = ErrorRef.next();
        LOG.log(Level.SEVERE, "Unexpected failure in a REST resource (ref {0}) at {1}",
                new Object[] {ref, ErrorRef.originOf(failure)});
        return json(500, "Internal error (ref " + ref + ")");
    }

    private static Response json(int status, String error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(Map.of("error", error)).build();
    }
}
