package dev.upstoxmcp.auth;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings of authentication and the Upstox login; defaults in {@code META-INF/microprofile-config.properties}.
 * Secrets have no default and are never shown. In oauth mode, missing required settings stop start-up with a message
 * naming the keys.
 */
@ApplicationScoped
public class AuthConfig {

    private static final Logger LOG = Logger.getLogger(AuthConfig.class.getName());

    @Inject
    @ConfigProperty(name = "upstox.auth.mode")
    String mode;

    /** This server's base URL as clients see it: the OAuth issuer. */
    @Inject
    @ConfigProperty(name = "upstox.auth.issuer")
    String issuer;

    /** The MCP endpoint URL: the protected resource and the audience of access tokens. */
    @Inject
    @ConfigProperty(name = "mcp.public-url")
    String resource;

    @Inject
    @ConfigProperty(name = "upstox.auth.client-id")
    Optional<String> upstoxClientId;

    @Inject
    @ConfigProperty(name = "upstox.auth.client-secret")
    Optional<String> upstoxClientSecret;

    @Inject
    @ConfigProperty(name = "upstox.auth.redirect-url")
    String upstoxRedirectUrl;

    @Inject
    @ConfigProperty(name = "upstox.auth.dialog-url")
    String upstoxDialogUrl;

    @Inject
    @ConfigProperty(name = "upstox.auth.token-url")
    String upstoxTokenUrl;

    @Inject
    @ConfigProperty(name = "upstox.auth.signing-key")
    Optional<String> signingKey;

    @Inject
    @ConfigProperty(name = "upstox.auth.encryption-key")
    Optional<String> encryptionKey;

    /** Sandbox only: generate a missing signing or encryption key at start-up (tokens then die with the server). */
    @Inject
    @ConfigProperty(name = "upstox.auth.generate-missing-keys")
    boolean generateMissingKeys;

    @Inject
    @ConfigProperty(name = "upstox.auth.store-url")
    String storeUrl;

    @Inject
    @ConfigProperty(name = "upstox.auth.store-user")
    Optional<String> storeUser;

    @Inject
    @ConfigProperty(name = "upstox.auth.store-password")
    Optional<String> storePassword;

    @Inject
    @ConfigProperty(name = "upstox.auth.code-ttl")
    Duration codeTtl;

    @Inject
    @ConfigProperty(name = "upstox.auth.login-ttl")
    Duration loginTtl;

    @Inject
    @ConfigProperty(name = "upstox.auth.purge-interval")
    Duration purgeInterval;

    private AuthMode authMode;

    @PostConstruct
    void validate() {
        authMode = AuthMode.parse(mode);
        List<String> missing = missingKeys();
        if (!missing.isEmpty()) {
            IllegalStateException stop = new IllegalStateException("upstox.auth.mode=oauth needs "
                    + String.join(", ", missing) + " (environment: "
                    + String.join(", ", missing.stream().map(AuthConfig::envName).toList())
                    + "); see the README section \"Linking your Upstox account\"");
            LOG.severe(() -> "Not starting: " + stop.getMessage());
            throw stop;
        }
    }

    /** The required oauth-mode keys that have no value. */
    List<String> missingKeys() {
        List<String> missing = new ArrayList<>();
        if (authMode != AuthMode.OAUTH) return missing;
        if (blank(upstoxClientId)) missing.add("upstox.auth.client-id");
        if (blank(upstoxClientSecret)) missing.add("upstox.auth.client-secret");
        if (!generateMissingKeys && blank(signingKey)) missing.add("upstox.auth.signing-key");
        if (!generateMissingKeys && blank(encryptionKey)) missing.add("upstox.auth.encryption-key");
        return missing;
    }

    static String envName(String key) {
        return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    private static boolean blank(Optional<String> value) {
        return value.map(String::isBlank).orElse(true);
    }

    AuthMode mode() {
        return authMode;
    }

    String issuer() {
        return stripTrailingSlash(issuer);
    }

    String resource() {
        return resource;
    }

    String upstoxClientId() {
        return upstoxClientId.orElse("");
    }

    Secret upstoxClientSecret() {
        return new Secret(upstoxClientSecret.orElse(""));
    }

    String upstoxRedirectUrl() {
        return upstoxRedirectUrl;
    }

    String upstoxDialogUrl() {
        return upstoxDialogUrl;
    }

    String upstoxTokenUrl() {
        return upstoxTokenUrl;
    }

    Optional<String> signingKey() {
        return signingKey.filter(value -> !value.isBlank());
    }

    Optional<String> encryptionKey() {
        return encryptionKey.filter(value -> !value.isBlank());
    }

    String storeUrl() {
        return storeUrl;
    }

    String storeUser() {
        return storeUser.orElse(null);
    }

    Secret storePassword() {
        return new Secret(storePassword.orElse(null));
    }

    Duration codeTtl() {
        return codeTtl;
    }

    Duration loginTtl() {
        return loginTtl;
    }

    Duration purgeInterval() {
        return purgeInterval;
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
