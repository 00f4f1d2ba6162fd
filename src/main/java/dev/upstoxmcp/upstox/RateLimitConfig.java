package dev.upstoxmcp.upstox;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Upstox's request limits per user and API (5 May 2025 circular: 50/s, 500/min, 2000/30 min). */
@ApplicationScoped
public class RateLimitConfig {

    @Inject
    @ConfigProperty(name = "upstox.rate-limit.per-second")
    int perSecond;

    @Inject
    @ConfigProperty(name = "upstox.rate-limit.per-minute")
    int perMinute;

    @Inject
    @ConfigProperty(name = "upstox.rate-limit.per-30-minutes")
    int perHalfHour;

    /** How long a burst may wait for budget before the call is refused with the wait it would need. */
    @Inject
    @ConfigProperty(name = "upstox.rate-limit.max-queue")
    Duration maxQueue;

    /** auto (shared when the token store is PostgreSQL), shared (PostgreSQL required) or local (this server's own). */
    @Inject
    @ConfigProperty(name = "upstox.rate-limit.store")
    String store;

    @Inject
    @ConfigProperty(name = "upstox.auth.store-url")
    String storeUrl;

    @Inject
    @ConfigProperty(name = "upstox.auth.store-user")
    Optional<String> storeUser;

    @Inject
    @ConfigProperty(name = "upstox.auth.store-password")
    Optional<String> storePassword;

    public RateLimitConfig() {}

    /** For tests: explicit limits. */
    public RateLimitConfig(int perSecond, int perMinute, int perHalfHour, Duration maxQueue) {
        this.perSecond = perSecond;
        this.perMinute = perMinute;
        this.perHalfHour = perHalfHour;
        this.maxQueue = maxQueue;
    }

    int perSecond() {
        return perSecond;
    }

    int perMinute() {
        return perMinute;
    }

    int perHalfHour() {
        return perHalfHour;
    }

    Duration maxQueue() {
        return maxQueue;
    }

    /**
     * The database the budgets are shared in, or empty when each server counts its own.
     *
     * @throws IllegalStateException when {@code upstox.rate-limit.store} is unknown, or shared without PostgreSQL
     */
    Optional<Store> sharedStore() {
        boolean postgres = storeUrl != null && storeUrl.startsWith("jdbc:postgresql:");
        String choice = store == null ? "local" : store.strip().toLowerCase(Locale.ROOT);
        boolean shared = switch (choice) {
            case "auto" -> postgres;
            case "local" -> false;
            case "shared" -> {
                if (!postgres) throw new IllegalStateException("upstox.rate-limit.store=shared needs the token store "
                        + "in PostgreSQL: upstox.auth.store-url (UPSTOX_AUTH_STORE_URL) = jdbc:postgresql://...");
                yield true;
            }
            default -> throw new IllegalStateException("upstox.rate-limit.store (UPSTOX_RATE_LIMIT_STORE) must be "
                    + "auto, shared or local, not " + store);
        };
        return shared ? Optional.of(new Store(storeUrl, storeUser.filter(user -> !user.isBlank()).orElse(null),
                storePassword.filter(password -> !password.isBlank()).orElse(null))) : Optional.empty();
    }

    /** A PostgreSQL database and its credentials; {@code toString} never shows the password. */
    record Store(String url, String user, String password) {
        @Override
        public String toString() {
            return "Store[url=" + url + ", user=" + user + ", password=****]";
        }
    }
}
