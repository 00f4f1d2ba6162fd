package dev.upstoxmcp.upstox;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * What Upstox answered, for operators, published under {@code /metrics?scope=application}:
 * {@code upstox_responses_seconds} by endpoint (the Rest Client method, so the series stay few) and HTTP status;
 * the request budgets' headroom: {@code upstox_budget_waits_total} (calls that waited for a free slot),
 * {@code upstox_budget_refusals_total} (calls refused because the user's budget was spent), both by endpoint, and
 * {@code upstox_budget_lowest_remaining} (see {@link RequestBudget#lowestRemaining()}); and
 * {@code upstox_token_rejections_total}, the tokens Upstox rejected (expired at 03:30 IST or revoked).
 */
@ApplicationScoped
public class UpstreamMetrics {

    static final Metadata RESPONSES = Metadata.builder().withName("upstox.responses")
            .withDescription("Answers of Upstox by endpoint and HTTP status, with their latency")
            .withUnit(MetricUnits.SECONDS).build();
    static final Metadata BUDGET_REFUSALS = Metadata.builder().withName("upstox.budget.refusals")
            .withDescription("Upstox calls refused before sending because the user's request budget was spent")
            .build();
    static final Metadata BUDGET_WAITS = Metadata.builder().withName("upstox.budget.waits")
            .withDescription("Upstox calls that waited for a free slot of the user's request budget").build();
    static final Metadata BUDGET_LOWEST_REMAINING = Metadata.builder().withName("upstox.budget.lowest.remaining")
            .withDescription("Fewest requests any active user and API budget has left in its tightest window")
            .build();
    static final Metadata TOKEN_REJECTIONS = Metadata.builder().withName("upstox.token.rejections")
            .withDescription("Tokens Upstox rejected as expired or revoked; each user affected must log in again")
            .build();

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Inject
    UpstoxAccess access;

    /** Publishes the budgets' headroom and a zero token-rejection count from the start, not at the first event. */
    void registerAtStartup(@Observes Startup startup) {
        RequestBudget budget = access.budget();
        registry.gauge(BUDGET_LOWEST_REMAINING, budget, RequestBudget::lowestRemaining);
        registry.counter(TOKEN_REJECTIONS);
    }

    void answered(String endpoint, int status, long nanos) {
        registry.timer(RESPONSES, new Tag("endpoint", endpoint), new Tag("status", Integer.toString(status)))
                .update(Duration.ofNanos(nanos));
    }

    void waited(String endpoint) {
        registry.counter(BUDGET_WAITS, new Tag("endpoint", endpoint)).inc();
    }

    void refused(String endpoint) {
        registry.counter(BUDGET_REFUSALS, new Tag("endpoint", endpoint)).inc();
    }

    void tokenRejected() {
        registry.counter(TOKEN_REJECTIONS).inc();
    }
}
