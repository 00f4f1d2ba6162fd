package dev.upstoxmcp.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static dev.upstoxmcp.it.FaultAssertions.assertAdvice;
import static dev.upstoxmcp.it.FaultAssertions.errorText;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Pattern;

import com.github.tomakehurst.wiremock.http.Fault;
import dev.upstoxmcp.sandbox.UpstoxErrorFixtures;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Live mode against a misbehaving Upstox (WireMock): every failure is an actionable {@code isError}, nothing
 * leaks, transient failures are retried and permanent ones are not, and the server stays healthy.
 */
class UpstoxFaultsIT extends LiveModeClient {

    static final String HOLDINGS = "/v2/portfolio/long-term-holdings";

    @AfterEach
    void serverStaysHealthy() {
        TestServers.assertHealthy(TestServers.liveUrl());
    }

    static void fault(UpstoxErrorFixtures.Fault fault) {
        upstox.setScenarioState(UpstoxErrorFixtures.SCENARIO, fault.state);
    }

    @Test
    void expiredTokenAsksTheUserToReauthorise() {
        fault(UpstoxErrorFixtures.Fault.TOKEN_EXPIRED);
        assertAdvice(errorText(mcp, "get_holdings"), "UDAPI100050", "03:30 IST", "re-authorise");
        upstox.verify(1, getRequestedFor(urlPathEqualTo(HOLDINGS)));
    }

    @Test
    void rateLimitSaysHowLongToWait() {
        fault(UpstoxErrorFixtures.Fault.RATE_LIMITED);
        assertAdvice(errorText(mcp, "get_positions"), "rate-limiting", "Wait 60 seconds");
    }

    @Test
    void rateLimitHonoursRetryAfter() {
        upstox.stubFor(get(urlPathEqualTo(HOLDINGS)).atPriority(1).willReturn(aResponse().withStatus(429)
                .withHeader("Retry-After", "7").withBodyFile("errors/rate-limited.json")));
        assertAdvice(errorText(mcp, "get_holdings"), "Wait 7 seconds");
    }

    @Test
    void fundsMaintenanceWindowIsExplainedWhileOtherDataStillWorks() {
        fault(UpstoxErrorFixtures.Fault.MAINTENANCE);
        assertAdvice(errorText(mcp, "get_funds_and_margin"), "maintenance window", "00:00 to 05:30 IST");
        assertFalse(mcp.callTool(new CallToolRequest("get_holdings", Map.of())).isError());
    }

    @Test
    void serverErrorIsReportedWithoutRetrying() {
        fault(UpstoxErrorFixtures.Fault.SERVER_ERROR);
        assertAdvice(errorText(mcp, "get_holdings"), "internal error (HTTP 500, UDAPI100500)", "Try again");
        upstox.verify(1, getRequestedFor(urlPathEqualTo(HOLDINGS)));
    }

    @Test
    void serviceUnavailableIsRetriedBeforeGivingUp() {
        fault(UpstoxErrorFixtures.Fault.SERVICE_UNAVAILABLE);
        assertAdvice(errorText(mcp, "get_holdings"), "temporarily unavailable (HTTP 503)");
        upstox.verify(3, getRequestedFor(urlPathEqualTo(HOLDINGS)));
    }

    @Test
    void malformedJsonIsAnUnreadableAnswer() {
        fault(UpstoxErrorFixtures.Fault.MALFORMED_JSON);
        assertAdvice(errorText(mcp, "get_holdings"), "not the JSON it documents");
    }

    @Test
    void emptyBodyIsAnUnreadableAnswer() {
        fault(UpstoxErrorFixtures.Fault.EMPTY_BODY);
        assertAdvice(errorText(mcp, "get_profile"), "not the JSON it documents");
    }

    @Test
    void firewallHtmlPageIsExplained() {
        fault(UpstoxErrorFixtures.Fault.HTML_PAGE);
        assertAdvice(errorText(mcp, "get_holdings"), "HTTP 403");
    }

    @Test
    void slowAnswerTimesOutWithoutRetrying() {
        upstox.stubFor(get(urlPathEqualTo(HOLDINGS)).atPriority(1).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBodyFile("portfolio/long-term-holdings.json")
                .withFixedDelay(3500)));
        assertAdvice(errorText(mcp, "get_holdings"), "did not answer in time");
        upstox.verify(1, getRequestedFor(urlPathEqualTo(HOLDINGS)));
    }

    @Test
    void aBodyTricklingInBeyondTheAttemptTimeLimitTimesOutWithoutRetrying() {
        // each chunk arrives well within the 2 s read timeout, the whole body not within the 3 s attempt limit
        upstox.stubFor(get(urlPathEqualTo(HOLDINGS)).atPriority(1).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBodyFile("portfolio/long-term-holdings.json")
                .withChunkedDribbleDelay(8, 4000)));
        assertAdvice(errorText(mcp, "get_holdings"), "did not answer in time");
        upstox.verify(1, getRequestedFor(urlPathEqualTo(HOLDINGS)));
    }

    @Test
    void anHtmlPageInsteadOfJsonIsAnUnreadableAnswer() {
        upstox.stubFor(get(urlPathEqualTo(HOLDINGS)).atPriority(1).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "text/html")
                .withBody("<html><body><h1>Scheduled maintenance</h1></body></html>")));
        assertAdvice(errorText(mcp, "get_holdings"), "not the JSON it documents");
        upstox.verify(1, getRequestedFor(urlPathEqualTo(HOLDINGS)));
    }

    @Test
    void aGatewaysHtmlErrorPageIsRetriedThenReported() {
        upstox.stubFor(get(urlPathEqualTo(HOLDINGS)).atPriority(1).willReturn(aResponse().withStatus(502)
                .withHeader("Content-Type", "text/html")
                .withBody("<html><head><title>502 Bad Gateway</title></head><body>nginx</body></html>")));
        assertAdvice(errorText(mcp, "get_holdings"), "temporarily unavailable (HTTP 502)");
        upstox.verify(3, getRequestedFor(urlPathEqualTo(HOLDINGS)));
    }

    @Test
    void maintenanceOfAnyServiceIsExplained() {
        upstox.stubFor(get(urlPathEqualTo(HOLDINGS)).atPriority(1).willReturn(aResponse().withStatus(423)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"error\",\"errors\":[]}")));
        assertAdvice(errorText(mcp, "get_holdings"), "maintenance window");
        upstox.verify(1, getRequestedFor(urlPathEqualTo(HOLDINGS)));
    }

    @Test
    void connectionResetIsTriedTwiceThenReported() {
        upstox.stubFor(get(urlPathEqualTo(HOLDINGS)).atPriority(1)
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        assertAdvice(errorText(mcp, "get_holdings"), "connection to Upstox failed");
        upstox.verify(2, getRequestedFor(urlPathEqualTo(HOLDINGS)));
    }

    @ParameterizedTest
    @EnumSource(Fault.class)
    void brokenConnectionsBecomeToolErrors(Fault fault) {
        upstox.stubFor(any(anyUrl()).atPriority(1).willReturn(aResponse().withFault(fault)));
        assertAdvice(errorText(mcp, "get_profile"), "Nothing was changed");
    }

    @Test
    void aTransientFailureThatClearsIsInvisibleToTheUser() {
        upstox.stubFor(get(urlPathEqualTo(HOLDINGS)).inScenario("flaky").whenScenarioStateIs("Started")
                .atPriority(1).willReturn(aResponse().withStatus(502)).willSetStateTo("recovered"));
        assertFalse(mcp.callTool(new CallToolRequest("get_holdings", Map.of("view", "summary"))).isError());
        upstox.verify(2, getRequestedFor(urlPathEqualTo(HOLDINGS)));
    }

    @Test
    void unknownUpstoxErrorCodesAreNamedNotQuoted() {
        upstox.stubFor(get(urlPathEqualTo(HOLDINGS)).atPriority(1).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"status\":\"error\",\"errors\":[{\"errorCode\":\"UDAPI1234\",\"message\":\"internal "
                        + "detail at com.upstox.Foo\",\"error_code\":\"UDAPI1234\"}]}")));
        String text = errorText(mcp, "get_holdings");
        assertTrue(text.matches(Pattern.quote("Upstox rejected the request (HTTP 400, UDAPI1234). Check the values "
                + "you asked for and try again.") + " \\(ref [0-9A-F]{6}\\)"), text);
    }
}
