package dev.upstoxmcp.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

import dev.upstoxmcp.upstox.AccessToken;

/**
 * The {@link AuthStore} in a SQL database (H2 embedded, or PostgreSQL shared by several servers), with plain,
 * portable SQL. Upstox tokens are stored only sealed by the {@link TokenCipher}; authorization codes only as hashes.
 * A row whose token fails authentication (altered, or sealed with another key) counts as no link and is deleted.
 */
final class JdbcAuthStore implements AuthStore {

    private static final Logger LOG = Logger.getLogger(JdbcAuthStore.class.getName());
    private static final List<String> SCHEMA = List.of("""
            CREATE TABLE IF NOT EXISTS mcp_client (client_id VARCHAR(64) PRIMARY KEY, client_name VARCHAR(200),
              redirect_uris VARCHAR(4000) NOT NULL, registered_at BIGINT NOT NULL)""", """
            CREATE TABLE IF NOT EXISTS pending_login (login_state VARCHAR(64) PRIMARY KEY,
              client_id VARCHAR(64) NOT NULL, redirect_uri VARCHAR(2000) NOT NULL, code_challenge VARCHAR(64) NOT NULL,
              resource VARCHAR(2000) NOT NULL, scope VARCHAR(500), client_state VARCHAR(1000),
              expires_at BIGINT NOT NULL)""", """
            CREATE TABLE IF NOT EXISTS authorization_code (code_hash VARCHAR(64) PRIMARY KEY,
              client_id VARCHAR(64) NOT NULL, redirect_uri VARCHAR(2000) NOT NULL, code_challenge VARCHAR(64) NOT NULL,
              resource VARCHAR(2000) NOT NULL, scope VARCHAR(500), user_id VARCHAR(64) NOT NULL,
              link_id VARCHAR(64) NOT NULL, expires_at BIGINT NOT NULL)""", """
            CREATE TABLE IF NOT EXISTS upstox_link (user_id VARCHAR(64) PRIMARY KEY, user_name VARCHAR(200),
              link_id VARCHAR(64) NOT NULL, token_iv VARCHAR(32) NOT NULL, token_ciphertext VARCHAR(8000) NOT NULL,
              linked_at BIGINT NOT NULL, expires_at BIGINT NOT NULL)""");

    private final StoreConnections connections;
    private final TokenCipher cipher;

    JdbcAuthStore(StoreConnections connections, TokenCipher cipher) {
        this.connections = connections;
        this.cipher = cipher;
    }

    /** Creates the tables that do not exist yet. */
    JdbcAuthStore createSchema() {
        try (Connection db = connections.open(); Statement sql = db.createStatement()) {
            for (String table : SCHEMA) sql.execute(table);
        } catch (SQLException failed) {
            throw storeFailure("create the token store's tables", failed);
        }
        return this;
    }

    @Override
    public void saveClient(RegisteredClient client) {
        update("INSERT INTO mcp_client (client_id, client_name, redirect_uris, registered_at) VALUES (?, ?, ?, ?)",
                client.clientId(), client.clientName(), String.join("\n", client.redirectUris()),
                client.registeredAt().toEpochMilli());
    }

    @Override
    public Optional<RegisteredClient> findClient(String clientId) {
        return query("SELECT client_id, client_name, redirect_uris, registered_at FROM mcp_client WHERE client_id = ?",
                row -> new RegisteredClient(row.getString(1), row.getString(2),
                        Arrays.asList(row.getString(3).split("\n")), Instant.ofEpochMilli(row.getLong(4))),
                clientId);
    }

    @Override
    public void savePendingLogin(PendingLogin login) {
        update("INSERT INTO pending_login (login_state, client_id, redirect_uri, code_challenge, resource, scope, "
                        + "client_state, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                login.loginState(), login.clientId(), login.redirectUri(), login.codeChallenge(), login.resource(),
                login.scope(), login.clientState(), login.expiresAt().toEpochMilli());
    }

    @Override
    public Optional<PendingLogin> takePendingLogin(String loginState) {
        Optional<PendingLogin> login = query("SELECT login_state, client_id, redirect_uri, code_challenge, resource, "
                        + "scope, client_state, expires_at FROM pending_login WHERE login_state = ?",
                row -> new PendingLogin(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7), Instant.ofEpochMilli(row.getLong(8))),
                loginState);
        // only the request that deletes the row may continue with it
        return login.filter(found -> update("DELETE FROM pending_login WHERE login_state = ?", loginState) == 1);
    }

    @Override
    public void saveCode(AuthorizationCode code) {
        update("INSERT INTO authorization_code (code_hash, client_id, redirect_uri, code_challenge, resource, scope, "
                        + "user_id, link_id, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                code.codeHash(), code.clientId(), code.redirectUri(), code.codeChallenge(), code.resource(),
                code.scope(), code.userId(), code.linkId(), code.expiresAt().toEpochMilli());
    }

    @Override
    public Optional<AuthorizationCode> findCode(String codeHash) {
        return query("SELECT code_hash, client_id, redirect_uri, code_challenge, resource, scope, user_id, link_id, "
                        + "expires_at FROM authorization_code WHERE code_hash = ?",
                row -> new AuthorizationCode(row.getString(1), row.getString(2), row.getString(3), row.getString(4),
                        row.getString(5), row.getString(6), row.getString(7), row.getString(8),
                        Instant.ofEpochMilli(row.getLong(9))),
                codeHash);
    }

    @Override
    public boolean redeemCode(String codeHash) {
        return update("DELETE FROM authorization_code WHERE code_hash = ?", codeHash) == 1;
    }

    @Override
    public void saveLink(UpstoxLink link) {
        TokenCipher.Sealed sealed = cipher.seal(link.userId(), link.token().value());
        try (Connection db = connections.open()) {
            db.setAutoCommit(false);
            try {
                execute(db, "DELETE FROM upstox_link WHERE user_id = ?", link.userId());
                execute(db, "INSERT INTO upstox_link (user_id, user_name, link_id, token_iv, token_ciphertext, "
                                + "linked_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        link.userId(), link.userName(), link.linkId(), sealed.ivBase64(), sealed.ciphertextBase64(),
                        link.linkedAt().toEpochMilli(), link.expiresAt().toEpochMilli());
                db.commit();
            } catch (SQLException failed) {
                db.rollback();
                throw failed;
            }
        } catch (SQLException failed) {
            throw storeFailure("save an Upstox link", failed);
        }
    }

    @Override
    public Optional<UpstoxLink> findLink(String userId) {
        Optional<StoredLink> stored = query("SELECT user_id, user_name, link_id, token_iv, token_ciphertext, "
                        + "linked_at, expires_at FROM upstox_link WHERE user_id = ?",
                row -> new StoredLink(row.getString(1), row.getString(2), row.getString(3),
                        TokenCipher.Sealed.ofBase64(row.getString(4), row.getString(5)),
                        Instant.ofEpochMilli(row.getLong(6)), Instant.ofEpochMilli(row.getLong(7))),
                userId);
        if (stored.isEmpty()) return Optional.empty();
        StoredLink link = stored.get();
        try {
            AccessToken token = new AccessToken(cipher.open(link.userId(), link.sealed()));
            return Optional.of(new UpstoxLink(link.userId(), link.userName(), link.linkId(), token, link.linkedAt(),
                    link.expiresAt()));
        } catch (TokenCipher.TamperedException unreadable) {
            LOG.warning("A stored Upstox token failed authentication (altered, or sealed with another encryption key) "
                    + "and was deleted; the user must link Upstox again");
            deleteLink(userId);
            return Optional.empty();
        }
    }

    @Override
    public boolean deleteLink(String userId) {
        return update("DELETE FROM upstox_link WHERE user_id = ?", userId) > 0;
    }

    @Override
    public int purgeExpired(Instant now) {
        long millis = now.toEpochMilli();
        return update("DELETE FROM pending_login WHERE expires_at <= ?", millis)
                + update("DELETE FROM authorization_code WHERE expires_at <= ?", millis)
                + update("DELETE FROM upstox_link WHERE expires_at <= ?", millis);
    }

    private int update(String sql, Object... parameters) {
        try (Connection db = connections.open()) {
            return execute(db, sql, parameters);
        } catch (SQLException failed) {
            throw storeFailure("write to the token store", failed);
        }
    }

    private static int execute(Connection db, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    private <T> Optional<T> query(String sql, RowReader<T> reader, Object... parameters) {
        try (Connection db = connections.open(); PreparedStatement statement = db.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(reader.read(rows)) : Optional.empty();
            }
        } catch (SQLException failed) {
            throw storeFailure("read the token store", failed);
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) statement.setObject(i + 1, parameters[i]);
    }

    /** The database's message can quote SQL values; only its SQL state is kept. */
    private static TokenStoreException storeFailure(String action, SQLException failed) {
        return new TokenStoreException("Could not " + action + " (SQL state " + failed.getSQLState() + ")");
    }

    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    private record StoredLink(String userId, String userName, String linkId, TokenCipher.Sealed sealed,
                              Instant linkedAt, Instant expiresAt) {}
}
