package dev.upstoxmcp.upstox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Where the request budgets are counted, from upstox.rate-limit.store and the token store's URL. */
class RateLimitConfigTest {

    static final String POSTGRES = "jdbc:postgresql://db.internal:5432/upstox_mcp";
    static final String H2 = "jdbc:h2:file:./data/upstox-mcp-auth;DB_CLOSE_DELAY=-1";

    static RateLimitConfig config(String store, String storeUrl) {
        RateLimitConfig config = new RateLimitConfig(50, 500, 2000, Duration.ofSeconds(2));
        config.store = store;
        config.storeUrl = storeUrl;
        config.storeUser = Optional.of("mcp");
        config.storePassword = Optional.of("s3cret-pw");
        return config;
    }

    @Test
    void autoSharesTheBudgetsExactlyWhenTheTokenStoreIsPostgres() {
        RateLimitConfig.Store store = config("auto", POSTGRES).sharedStore().orElseThrow();
        assertEquals(POSTGRES, store.url());
        assertEquals("mcp", store.user());
        assertEquals("s3cret-pw", store.password());
        assertFalse(store.toString().contains("s3cret-pw"));
        assertTrue(config("auto", H2).sharedStore().isEmpty());
    }

    @Test
    void localKeepsEachServersOwnBudgetsEvenOnPostgres() {
        assertTrue(config("local", POSTGRES).sharedStore().isEmpty());
        assertTrue(new RateLimitConfig(50, 500, 2000, Duration.ofSeconds(2)).sharedStore().isEmpty());
    }

    @Test
    void sharedWithoutPostgresOrAnUnknownChoiceStopsStartUpNamingTheKeys() {
        var noPostgres = assertThrows(IllegalStateException.class, () -> config("shared", H2).sharedStore());
        assertTrue(noPostgres.getMessage().contains("UPSTOX_AUTH_STORE_URL"), noPostgres.getMessage());
        var unknown = assertThrows(IllegalStateException.class, () -> config("redis", POSTGRES).sharedStore());
        assertTrue(unknown.getMessage().contains("auto, shared or local"), unknown.getMessage());
    }
}
