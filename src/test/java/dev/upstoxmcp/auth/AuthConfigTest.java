package dev.upstoxmcp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class AuthConfigTest {

    static AuthConfig config(String mode, boolean generateKeys) {
        AuthConfig config = new AuthConfig();
        config.mode = mode;
        config.upstoxClientId = Optional.empty();
        config.upstoxClientSecret = Optional.of("  ");
        config.signingKey = Optional.empty();
        config.encryptionKey = Optional.empty();
        config.generateMissingKeys = generateKeys;
        return config;
    }

    @Test
    void liveOauthWithoutItsSettingsStopsStartUpNamingKeysButNoValues() {
        AuthConfig config = config("oauth", false);
        config.upstoxClientId = Optional.of("my-app-id");
        var stopped = assertThrows(IllegalStateException.class, config::validate);
        assertEquals("upstox.auth.mode=oauth needs upstox.auth.client-secret, upstox.auth.signing-key, "
                + "upstox.auth.encryption-key (environment: UPSTOX_AUTH_CLIENT_SECRET, UPSTOX_AUTH_SIGNING_KEY, "
                + "UPSTOX_AUTH_ENCRYPTION_KEY); see the README section \"Linking your Upstox account\"",
                stopped.getMessage());
        assertFalse(stopped.getMessage().contains("my-app-id"));
    }

    @Test
    void theSandboxMayGenerateKeysButStillNeedsAnApp() {
        AuthConfig config = config("oauth", true);
        var stopped = assertThrows(IllegalStateException.class, config::validate);
        assertTrue(stopped.getMessage().startsWith("upstox.auth.mode=oauth needs upstox.auth.client-id, "
                + "upstox.auth.client-secret (environment:"), stopped.getMessage());
    }

    @Test
    void otherModesNeedNothing() {
        AuthConfig none = config("none", false);
        none.validate();
        assertEquals(AuthMode.NONE, none.mode());
        AuthConfig personal = config(" Personal ", false);
        personal.validate();
        assertEquals(AuthMode.PERSONAL, personal.mode());
    }

    @Test
    void anUnknownModeNamesTheChoices() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> config("open", false).validate()).getMessage()
                .contains("none, personal or oauth"));
    }
}
