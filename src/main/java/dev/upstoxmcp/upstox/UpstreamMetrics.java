package dev.upstoxmcp.upstox;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * What Upstox answered, for operators: {@code upstox_responses_seconds} by endpoint (the Rest Client method, so the
 * series stay few) and HTTP status, and {@code upstox_budget_refusals_total} by endpoint, the calls refused because
 * the user's request budget was spent. Published under {@code /metrics?scope=application}.
 */
@ApplicationScoped
public class UpstreamMetrics {

    static final Metadata RESPONSES = Metadata.builder().withName("upstox.responses")
            .withDescription("Answers of Upstox by endpoint and HTTP status, with their latency")
            .withUnit(MetricUnits.SECONDS).build();
    static final Metadata BUDGET_REFUSALS = Metadata.builder().withName("upstox.budget.refusals")
            .withDescription("Upstox calls refused before sending because the user's request budget was spent")
            .build();

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    void answered(String endpoint, int status, long nanos) {
        registry.timer(RESPONSES, new Tag("endpoint", endpoint), new Tag("status", Integer.toString(status)))
                .update(Duration.ofNanos(nanos));
    }

    void refused(String endpoint) {
        registry.counter(BUDGET_REFUSALS, new Tag("endpoint", endpoint)).inc();
    }
}
