package dev.upstoxmcp.tools;

import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * Publishes every {@link MeteredCaches} cache under {@code /metrics?scope=application}, by {@code cache}:
 * {@code cache_requests} by {@code result} (hit or miss, since start), {@code cache_hit_ratio} (hits / requests
 * since start; 1 before the first request) and {@code cache_size} (entries, estimated). The services themselves
 * know nothing of metrics, so they stay plain to build in tests.
 */
@ApplicationScoped
class CacheMetrics {

    static final Metadata REQUESTS = Metadata.builder().withName("cache.requests")
            .withDescription("Lookups of a market-data cache since start, by result: hit or miss").build();
    static final Metadata HIT_RATIO = Metadata.builder().withName("cache.hit.ratio")
            .withDescription("Share of a market-data cache's lookups since start that found their entry").build();
    static final Metadata SIZE = Metadata.builder().withName("cache.size")
            .withDescription("Entries in a market-data cache (estimated)").build();

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    @Inject
    Instance<MeteredCaches> owners;

    void registerAtStartup(@Observes Startup startup) {
        for (MeteredCaches owner : owners) {
            for (Map.Entry<String, Cache<?, ?>> named : owner.caches().entrySet()) {
                register(named.getKey(), named.getValue());
            }
        }
    }

    private void register(String name, Cache<?, ?> cache) {
        Tag tag = new Tag("cache", name);
        registry.gauge(REQUESTS, cache, c -> c.stats().hitCount(), tag, new Tag("result", "hit"));
        registry.gauge(REQUESTS, cache, c -> c.stats().missCount(), tag, new Tag("result", "miss"));
        registry.gauge(HIT_RATIO, cache, c -> c.stats().hitRate(), tag);
        registry.gauge(SIZE, cache, Cache::estimatedSize, tag);
    }
}
