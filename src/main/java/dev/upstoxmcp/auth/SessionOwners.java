package dev.upstoxmcp.auth;

import java.time.Duration;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Which user opened each MCP session (oauth mode), so a session id is only ever used with its owner's token. MCP
 * sessions live in this server's memory, and so does this map; entries go with the session's idle time.
 */
@ApplicationScoped
public class SessionOwners {

    private final Cache<String, String> owners = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofHours(12))
            .maximumSize(100_000)
            .build();

    void opened(String sessionId, String userId) {
        owners.put(sessionId, userId);
    }

    Optional<String> ownerOf(String sessionId) {
        return Optional.ofNullable(owners.getIfPresent(sessionId));
    }

    void closed(String sessionId) {
        owners.invalidate(sessionId);
    }
}
