package dev.upstoxmcp.auth;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The token store on a real PostgreSQL server (embedded binaries, random free port), as used by a cluster. */
class JdbcAuthStorePostgresIT implements AuthStoreContract {

    static EmbeddedPostgres postgres;
    static StoreConnections connections;
    static final TokenCipher CIPHER = TokenCipher.random();

    @BeforeAll
    static void start() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        connections = new StoreConnections(postgres.getJdbcUrl("postgres", "postgres"), "postgres", null);
    }

    @AfterAll
    static void stop() throws IOException {
        postgres.close();
    }

    @Override
    public StoreConnections connections() {
        return connections;
    }

    @Override
    public TokenCipher cipher() {
        return CIPHER;
    }
}
