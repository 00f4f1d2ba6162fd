package dev.upstoxmcp.upstox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.EOFException;
import java.net.ConnectException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MultivaluedHashMap;
import org.junit.jupiter.api.Test;

class UpstoxErrorsTest {

    @Test
    void upstoxFailuresAreReportedButTheUsersOwnStateIsNot() {
        assertTrue(UpstoxErrors.badResponse().reportable());
        assertTrue(UpstoxErrors.ofStatus(503, null, null).reportable());
        assertFalse(new NotLinkedException("Set UPSTOX_ACCESS_TOKEN.").reportable());
        assertFalse(new RequestBudgetExceededException(3).reportable());
    }

    @Test
    void expiredTokenAsksToReauthorise() {
        UpstoxException error = UpstoxErrors.ofStatus(401, "UDAPI100050", null);
        assertInstanceOf(TokenExpiredException.class, error);
        assertTrue(error.getMessage().contains("re-authorise"), error.getMessage());
        assertTrue(error.getMessage().contains("03:30 IST"), error.getMessage());
        assertEquals("UDAPI100050", error.errorCode());
    }

    @Test
    void rateLimitSaysHowLongToWait() {
        assertEquals("Upstox is rate-limiting this account (UDAPI10005). Wait 60 seconds and ask again.",
                UpstoxErrors.ofStatus(429, "UDAPI10005", null).getMessage());
        assertEquals(12, ((RateLimitedException) UpstoxErrors.ofStatus(429, null, 12L)).waitSeconds());
    }

    @Test
    void maintenanceWindowNamesTheHours() {
        UpstoxException error = UpstoxErrors.ofStatus(423, "UDAPI100072", null);
        assertInstanceOf(MaintenanceException.class, error);
        assertTrue(error.getMessage().contains("05:30 IST"), error.getMessage());
    }

    @Test
    void gatewayErrorsAreTransientButServerErrorsAreNot() {
        for (int status : new int[] {502, 503, 504}) {
            assertInstanceOf(TransientUpstoxException.class, UpstoxErrors.ofStatus(status, null, null));
        }
        UpstoxException serverError = UpstoxErrors.ofStatus(500, "UDAPI100500", null);
        assertEquals(UpstoxUnavailableException.class, serverError.getClass());
    }

    @Test
    void otherClientErrorsAreRejections() {
        UpstoxRejectedException rejected = (UpstoxRejectedException) UpstoxErrors.ofStatus(404, "UDAPI100060", null);
        assertEquals(404, rejected.status());
        assertEquals("Upstox rejected the request (HTTP 404, UDAPI100060). Check the values you asked for and try "
                + "again.", rejected.getMessage());
        assertInstanceOf(AccessDeniedException.class, UpstoxErrors.ofStatus(403, "UDAPI100067", null));
        assertTrue(UpstoxErrors.ofStatus(403, null, null).getMessage().startsWith("Upstox's web firewall refused"));
    }

    @Test
    void transportFailuresAreClassifiedByCause() {
        assertEquals("Upstox did not answer in time. Nothing was changed. Try again in a minute; if it persists, "
                + "Upstox may be having an outage.", UpstoxErrors.ofTransport(new ProcessingException(
                        new SocketTimeoutException("Read timed out"))).getMessage());
        for (Exception broken : new Exception[] {new SocketException("Connection reset"), new ConnectException("no"),
                new EOFException()}) {
            UpstoxException error = UpstoxErrors.ofTransport(new ProcessingException(broken));
            assertEquals(UpstoxUnavailableException.class, error.getClass(), "the JDK client already retried");
            assertTrue(error.getMessage().startsWith("The connection to Upstox failed."));
        }
        assertEquals(UpstoxUnavailableException.class, UpstoxErrors.ofTransport(new ProcessingException(
                new UnknownHostException("api.upstox.com"))).getClass());
        assertTrue(UpstoxErrors.ofTransport(new ProcessingException(new JsonbException("Unexpected char")))
                .getMessage().startsWith("Upstox sent an answer that is not the JSON it documents"));
    }

    @Test
    void aSuccessAnswerThatIsNotJsonIsUnreadable() {
        UpstoxErrorMapper mapper = new UpstoxErrorMapper();
        MultivaluedHashMap<String, Object> headers = new MultivaluedHashMap<>();
        assertTrue(!mapper.handles(200, headers), "no content type: left to the JSON reader");
        for (String json : new String[] {"application/json", "application/json; charset=UTF-8", "text/json",
                "application/problem+json"}) {
            headers.putSingle("Content-Type", json);
            assertTrue(!mapper.handles(200, headers), json);
        }
        for (String other : new String[] {"text/html", "text/html;charset=utf-8", "text/plain", "nonsense"}) {
            headers.putSingle("Content-Type", other);
            assertTrue(mapper.handles(200, headers), other);
        }
        assertTrue(mapper.handles(503, new MultivaluedHashMap<>()));
    }

    @Test
    void ourOwnExceptionsSurviveTheRestClientsWrapping() {
        NotLinkedException notLinked = new NotLinkedException("Set UPSTOX_ACCESS_TOKEN.");
        assertEquals(notLinked, UpstoxErrors.ofTransport(new ProcessingException(notLinked)));
    }

    @Test
    void noMessageCarriesThirdPartyText() {
        UpstoxException error = UpstoxErrors.ofTransport(new ProcessingException("RESTEASY004655: Unable to invoke "
                + "request: java.net.SocketException: secret-host:443", new IllegalStateException("x")));
        assertTrue(!error.getMessage().contains("RESTEASY") && !error.getMessage().contains("secret-host"));
    }

    @Test
    void tokensNeverPrint() {
        assertEquals("AccessToken[****]", new AccessToken("abc.def.ghi").toString());
        assertEquals("Bearer abc.def.ghi", new AccessToken("abc.def.ghi").bearer());
    }
}
