package dev.upstoxmcp.tools;

import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;

/**
 * A bean whose caches operators see under {@code /metrics} ({@link CacheMetrics}). The caches are built with
 * {@code recordStats()}; the names are stable, lowercase and kebab-case.
 */
public interface MeteredCaches {

    /** Each cache by its name in the metrics' {@code cache} tag. */
    Map<String, Cache<?, ?>> caches();
}
