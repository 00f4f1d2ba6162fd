package dev.upstoxmcp.auth;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class RedirectUrisTest {

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:7191/oauth/callback", "http://127.0.0.1/cb", "http://[::1]:5000/cb",
            "https://app.example.com/callback", "https://app.example.com/cb?tenant=a"})
    void httpsAndLoopbackHttpMayBeRegistered(String uri) {
        assertNull(RedirectUris.problemWith(uri));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example.com/cb", "http://localhost.evil.com/cb", "javascript:alert(1)",
            "myapp://callback", "https://app.example.com/cb#frag", "https://user@app.example.com/cb", "/relative",
            "", "not a uri"})
    void othersAreRefused(String uri) {
        assertNotNull(RedirectUris.problemWith(uri));
    }

    @Test
    void loopbackMatchesOnAnyPort() {
        assertTrue(RedirectUris.matches("http://localhost:51234/oauth/callback",
                "http://localhost:7191/oauth/callback"));
        assertTrue(RedirectUris.matches("http://127.0.0.1:9/cb", "http://127.0.0.1/cb"));
    }

    @Test
    void loopbackStillNeedsTheSameHostPathAndQuery() {
        String registered = "http://localhost:7191/oauth/callback";
        assertFalse(RedirectUris.matches("http://127.0.0.1:7191/oauth/callback", registered));
        assertFalse(RedirectUris.matches("http://localhost:7191/oauth/other", registered));
        assertFalse(RedirectUris.matches("http://localhost:7191/oauth/callback?next=x", registered));
        assertFalse(RedirectUris.matches("https://localhost:7191/oauth/callback", registered));
    }

    @Test
    void otherUrisMatchOnlyExactly() {
        String registered = "https://app.example.com/callback";
        assertTrue(RedirectUris.matches(registered, registered));
        assertFalse(RedirectUris.matches("https://app.example.com:8443/callback", registered));
        assertFalse(RedirectUris.matches("https://app.example.com/callback/../evil", registered));
        assertFalse(RedirectUris.matches("https://app.example.com/Callback", registered));
        assertFalse(RedirectUris.matches(null, registered));
        assertTrue(RedirectUris.matchesAny(registered, List.of("https://other.example/cb", registered)));
    }
}
