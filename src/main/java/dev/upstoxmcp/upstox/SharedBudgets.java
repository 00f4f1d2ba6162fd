package dev.upstoxmcp.upstox;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.function.Supplier;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;

/**
 * The request budgets in PostgreSQL (the token store's database), so that every server of a cluster spends from the
 * same per-user counters. One row per user and API in {@code upstox_request_budget}; each take is one short
 * transaction (select for update, update, commit) on a pooled connection. Rows of budgets that have refilled are
 * deleted now and then. The servers' clocks must agree (NTP): the windows are reckoned on the calling server's clock.
 */
final class SharedBudgets implements AutoCloseable {

    static final String TABLE = "upstox_request_budget";
    private static final String SCHEMA = "CREATE TABLE IF NOT EXISTS " + TABLE
            + " (id VARCHAR(200) PRIMARY KEY, state BYTEA, expires_at BIGINT)";
    /** Connections the budget may hold; a take holds one for a few milliseconds. */
    private static final int POOL_SIZE = 8;

    private final HikariDataSource pool;
    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private volatile boolean schemaReady;

    /** Connects lazily: a database that is down at start-up only makes the first takes fall back. */
    SharedBudgets(RateLimitConfig.Store store, TimeMeter clock) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("upstox-request-budget");
        config.setJdbcUrl(store.url());
        if (store.user() != null) config.setUsername(store.user());
        if (store.password() != null) config.setPassword(store.password());
        config.setDriverClassName("org.postgresql.Driver");
        config.setMaximumPoolSize(POOL_SIZE);
        config.setMinimumIdle(1);
        // a database that does not answer must not hold tool calls: the budget then falls back to this server's own
        config.setConnectionTimeout(Duration.ofSeconds(1).toMillis());
        config.setValidationTimeout(Duration.ofMillis(500).toMillis());
        config.setInitializationFailTimeout(-1);
        // a counter lost in a database crash costs nothing: commits need not wait for the disk
        config.setConnectionInitSql("SET synchronous_commit TO OFF");
        config.addDataSourceProperty("connectTimeout", "2");
        config.addDataSourceProperty("socketTimeout", "2");
        pool = new HikariDataSource(config);
        buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(pool)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .clientClock(clock)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)))
                .build();
    }

    /**
     * The shared bucket of a user and API; nothing is read until it is used.
     *
     * @throws SharedBudgetException when the table cannot be created (the database is down)
     */
    BucketProxy bucket(String key, Supplier<BucketConfiguration> configuration) {
        if (!schemaReady) createSchema();
        return buckets.builder().build(key, configuration);
    }

    /** Creates the table if it does not exist yet (at the first take, so a database down at start-up is no error). */
    private synchronized void createSchema() {
        if (schemaReady) return;
        try (Connection db = pool.getConnection(); Statement sql = db.createStatement()) {
            sql.execute(SCHEMA);
            schemaReady = true;
        } catch (SQLException failed) {
            throw new SharedBudgetException("cannot create " + TABLE + " (SQL state " + failed.getSQLState() + ")");
        }
    }

    /** The shared budgets' database failed; only its SQL state is kept (its message can quote values). */
    static final class SharedBudgetException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SharedBudgetException(String message) {
            super(message, null, false, false);
        }
    }

    /** Deletes up to {@code batch} rows of budgets that are full again; returns how many. */
    int removeRefilled(int batch) {
        return buckets.removeExpired(batch);
    }

    @Override
    public void close() {
        pool.close();
    }
}
