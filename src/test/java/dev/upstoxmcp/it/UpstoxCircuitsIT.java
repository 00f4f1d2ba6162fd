package dev.upstoxmcp.it;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static dev.upstoxmcp.it.FaultAssertions.assertAdvice;
import static dev.upstoxmcp.it.FaultAssertions.errorText;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Live mode: the circuit breaker and bulkhead of each Upstox API group. The live test server opens a breaker after 20
 * failing attempts in a row, for 1.5 s, and lets 2 calls per group be in flight ({@code src/test/liberty/live-it.env}).
 * Each test uses its own group, so no test's failures count against another's breaker.
 */
class UpstoxCircuitsIT extends LiveModeClient {

    static final String ORDER_BOOK = "/v2/order/retrieve-all";
    static final String FUND_HOLDINGS = "/v2/mf/holdings";
    static final String PORTFOLIO = "/v2/portfolio/.*";

    @AfterEach
    void serverStaysHealthy() {
        TestServers.assertHealthy(TestServers.liveUrl());
    }

    @Test
    void repeatedServerErrorsOpenTheGroupsCircuitWhichReadinessListsAndWhichClosesAgain() {
        StubMapping failing = upstox.stubFor(get(urlPathEqualTo(ORDER_BOOK)).atPriority(1)
                .willReturn(aResponse().withStatus(503)));
        String text = "";
        for (int call = 0; call < 10 && !text.contains("service is failing"); call++) {
            text = errorText(mcp, "get_orders");
        }
        assertAdvice(text, "Upstox's orders service is failing; retrying in ", " s. Ask again after that");
        int sent = upstox.findAll(getRequestedFor(urlPathEqualTo(ORDER_BOOK))).size();
        assertAdvice(errorText(mcp, "get_orders"), "service is failing");
        upstox.verify(sent, getRequestedFor(urlPathEqualTo(ORDER_BOOK)));      // an open circuit sends nothing
        assertAdvice(readiness(), "\"upstox-circuits\"", "\"open\":\"orders\"", "\"orders-retry-in-seconds\"");

        upstox.removeStub(failing);
        // another group still answers while orders is open; its answer takes longer than the breaker's delay
        upstox.stubFor(get(urlPathEqualTo("/v2/user/profile")).atPriority(1).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withBodyFile("user/profile.json").withFixedDelay(1700)));
        assertFalse(call("get_profile").isError(), "profile while orders is open");

        assertFalse(call("get_orders").isError(), "the trial call after the delay closes the circuit");
        assertAdvice(readiness(), "\"open\":\"none\"");
    }

    @Test
    void aSlowGroupCannotStarveTheOthers() throws Exception {
        upstox.stubFor(get(urlPathEqualTo(FUND_HOLDINGS)).atPriority(1).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBodyFile("mf/holdings.json")
                .withFixedDelay(1500)));
        List<Callable<CallToolResult>> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) calls.add(() -> call("get_mutual_fund_holdings"));
        ExecutorService clients = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<CallToolResult>> slow = new ArrayList<>();
            for (Callable<CallToolResult> c : calls) slow.add(clients.submit(c));
            assertFalse(call("get_holdings").isError(), "another group answers while mutual funds is saturated");
            List<String> busy = new ArrayList<>();
            for (Future<CallToolResult> result : slow) {
                CallToolResult r = result.get();
                if (Boolean.TRUE.equals(r.isError())) busy.add(Leaks.assertNone(McpResults.text(r)));
            }
            assertFalse(busy.isEmpty(), "5 calls at once should exceed the bulkhead of 2");
            for (String text : busy) assertAdvice(text, "mutual funds service is answering slowly", "few seconds");
            assertTrue(busy.size() <= 3, () -> busy.size() + " refused; 2 may be in flight at once");
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void oneGroupCanHaveItsOwnTimeLimit() {
        // the test server gives every group 3 s per attempt but market information 1 s
        // (DEV_UPSTOXMCP_UPSTOX_UPSTOXCIRCUITS_MARKETINFO_TIMEOUT_VALUE)
        upstox.stubFor(get(urlPathEqualTo("/v2/market/status/NSE")).atPriority(1).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withBodyFile("market/status-NSE.json").withFixedDelay(1500)));
        upstox.stubFor(get(urlPathEqualTo("/v2/user/profile")).atPriority(1).willReturn(aResponse()
                .withStatus(200).withHeader("Content-Type", "application/json")
                .withBodyFile("user/profile.json").withFixedDelay(1500)));
        assertAdvice(errorText(mcp, "get_market_status", Map.of("exchange", "NSE")), "did not answer in time");
        upstox.verify(1, getRequestedFor(urlPathEqualTo("/v2/market/status/NSE")));
        assertFalse(call("get_profile").isError(), "the account group keeps the global 3 s");
    }

    @Test
    void aRateLimitStormIsRetriedBoundedlyAndOpensNoCircuit() throws ExecutionException, InterruptedException {
        StubMapping storm = upstox.stubFor(get(urlPathMatching(PORTFOLIO)).atPriority(1).willReturn(aResponse()
                .withStatus(429).withHeader("Retry-After", "1").withHeader("Content-Type", "application/json")
                .withBodyFile("errors/rate-limited.json")));
        int users = 2;                          // as many as the test server's bulkhead lets in at once
        int callsEach = 4;
        ExecutorService clients = Executors.newFixedThreadPool(users);
        try {
            List<Future<List<String>>> answers = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                answers.add(clients.submit(() -> {
                    List<String> texts = new ArrayList<>();
                    for (int call = 0; call < callsEach; call++) texts.add(errorText(mcp, "get_holdings"));
                    return texts;
                }));
            }
            for (Future<List<String>> answer : answers) {
                for (String text : answer.get()) assertAdvice(text, "rate-limiting", "Wait 1 seconds");
            }
        } finally {
            clients.shutdownNow();
        }
        // each call: the first attempt and two retries, no more
        upstox.verify(users * callsEach * 3, getRequestedFor(urlPathEqualTo(UpstoxFaultsIT.HOLDINGS)));
        upstox.removeStub(storm);
        assertFalse(call("get_holdings").isError(), "a rate limit is the account's, not a failing Upstox");
        assertAdvice(readiness(), "\"open\":\"none\"");
    }

    /** The readiness JSON without white space. */
    static String readiness() {
        return TestServers.assertHealthy(TestServers.liveUrl()).replaceAll("\\s", "");
    }

    static CallToolResult call(String tool) {
        return mcp.callTool(new CallToolRequest(tool, Map.of()));
    }
}
