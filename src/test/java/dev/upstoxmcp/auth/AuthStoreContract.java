package dev.upstoxmcp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;

import dev.upstoxmcp.upstox.AccessToken;
import org.junit.jupiter.api.Test;

/** What every {@link AuthStore} database must do; run against H2 (unit test) and a real PostgreSQL (IT). */
interface AuthStoreContract {

    Instant NOW = Instant.parse("2026-12-06T06:00:00Z");
    Instant LATER = NOW.plusSeconds(3600);

    StoreConnections connections();

    TokenCipher cipher();

    default JdbcAuthStore store() {
        return new JdbcAuthStore(connections(), cipher()).createSchema();
    }

    default String unique(String prefix) {
        return prefix + McpTokens.randomId().substring(0, 12);
    }

    @Test
    default void clientsRoundTrip() {
        String id = unique("client-");
        List<String> redirects = List.of("http://localhost:7191/cb", "https://a.example/cb");
        store().saveClient(new RegisteredClient(id, "Claude", redirects, NOW));
        RegisteredClient found = store().findClient(id).orElseThrow();
        assertEquals(List.of("http://localhost:7191/cb", "https://a.example/cb"), found.redirectUris());
        assertEquals("Claude", found.clientName());
        assertTrue(store().findClient("nobody").isEmpty());
    }

    @Test
    default void aPendingLoginCanBeTakenOnce() {
        String state = unique("state-");
        store().savePendingLogin(new PendingLogin(state, "c", "http://localhost/cb", "x".repeat(43), "r", null, "s",
                LATER));
        assertEquals("s", store().takePendingLogin(state).orElseThrow().clientState());
        assertTrue(store().takePendingLogin(state).isEmpty());
    }

    @Test
    default void aCodeIsRedeemedOnce() {
        String hash = unique("hash-");
        store().saveCode(new AuthorizationCode(hash, "c", "http://localhost/cb", "x".repeat(43), "r", null, "U", "L",
                LATER));
        assertEquals("U", store().findCode(hash).orElseThrow().userId());
        assertTrue(store().redeemCode(hash));
        assertFalse(store().redeemCode(hash));
        assertTrue(store().findCode(hash).isEmpty());
    }

    @Test
    default void linksAreStoredSealedAndReplacedPerUser() throws SQLException {
        String user = unique("U");
        store().saveLink(new UpstoxLink(user, "Asha", "link-1", new AccessToken("upstox-secret-1"), NOW, LATER));
        store().saveLink(new UpstoxLink(user, "Asha", "link-2", new AccessToken("upstox-secret-2"), NOW, LATER));
        UpstoxLink link = store().findLink(user).orElseThrow();
        assertEquals("link-2", link.linkId());
        assertEquals("upstox-secret-2", link.token().value());
        assertEquals(LATER, link.expiresAt());
        try (Connection db = connections().open(); Statement sql = db.createStatement();
             ResultSet rows = sql.executeQuery("SELECT * FROM upstox_link")) {
            while (rows.next()) {
                for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                    String value = rows.getString(column);
                    assertFalse(value != null && value.contains("upstox-secret"), "plaintext token in the database");
                }
            }
        }
    }

    @Test
    default void aTamperedTokenCountsAsNoLinkAndIsDeleted() throws SQLException {
        String user = unique("U");
        String other = unique("U");
        store().saveLink(new UpstoxLink(user, "A", "l1", new AccessToken("token-a"), NOW, LATER));
        store().saveLink(new UpstoxLink(other, "B", "l2", new AccessToken("token-b"), NOW, LATER));
        try (Connection db = connections().open(); Statement sql = db.createStatement()) {
            // move B's sealed token into A's row: the user id is the associated data, so it must not open
            sql.executeUpdate("UPDATE upstox_link SET token_ciphertext = (SELECT token_ciphertext FROM upstox_link "
                    + "WHERE user_id = '" + other + "'), token_iv = (SELECT token_iv FROM upstox_link WHERE user_id = '"
                    + other + "') WHERE user_id = '" + user + "'");
        }
        assertTrue(store().findLink(user).isEmpty());
        assertFalse(store().deleteLink(user), "the tampered row should already be gone");
        assertEquals("token-b", store().findLink(other).orElseThrow().token().value());
    }

    @Test
    default void expiredRowsArePurged() {
        String user = unique("U");
        String hash = unique("hash-");
        String state = unique("state-");
        store().saveLink(new UpstoxLink(user, "A", "l1", new AccessToken("t"), NOW.minusSeconds(10), NOW));
        store().saveCode(new AuthorizationCode(hash, "c", "u", "x", "r", null, user, "l1", NOW));
        store().savePendingLogin(new PendingLogin(state, "c", "u", "x", "r", null, null, NOW));
        String kept = unique("U");
        store().saveLink(new UpstoxLink(kept, "B", "l2", new AccessToken("t"), NOW, LATER));
        assertTrue(store().purgeExpired(NOW) >= 3);
        assertTrue(store().findLink(user).isEmpty());
        assertTrue(store().findCode(hash).isEmpty());
        assertTrue(store().takePendingLogin(state).isEmpty());
        assertTrue(store().findLink(kept).isPresent());
    }
}
