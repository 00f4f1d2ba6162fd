package dev.upstoxmcp.sandbox;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;

import org.junit.jupiter.api.Test;

class SandboxLoginTest {

    static final String CALLBACK = "http://localhost:9080/auth/upstox/callback";
    final SandboxLogin login = new SandboxLogin("sandbox-app", SandboxLogin.digest("sandbox-secret"), CALLBACK,
            Clock.systemUTC());

    static String codeOf(URI redirect) {
        return redirect.getQuery().replaceAll("^code=([^&]+).*$", "$1");
    }

    @Test
    void theDemoUserLogsInAndTheCodeBuysTheDemoTokenOnce() {
        URI back = login.loggedIn("our-state");
        assertTrue(back.toString().startsWith(CALLBACK + "?code="), back::toString);
        assertTrue(back.toString().endsWith("&state=our-state"), back::toString);
        String code = codeOf(back);
        assertTrue(login.redeem(code, "sandbox-app", "sandbox-secret", CALLBACK));
        String answer = SandboxLogin.tokenAnswer("demo-token");
        assertTrue(answer.contains("\"access_token\":\"demo-token\"") && answer.contains("\"user_id\":\"SBX042\""));
        assertFalse(login.redeem(code, "sandbox-app", "sandbox-secret", CALLBACK), "codes are single-use");
    }

    @Test
    void anotherAppSecretOrRedirectIsRefused() {
        assertFalse(login.isRegistered("other-app", CALLBACK));
        assertFalse(login.isRegistered("sandbox-app", "https://evil.example.com/cb"));
        String code = codeOf(login.loggedIn(null));
        assertFalse(login.redeem(code, "sandbox-app", "wrong", CALLBACK));
        assertFalse(login.redeem(codeOf(login.loggedIn(null)), "sandbox-app", "sandbox-secret", "http://x/cb"));
        assertFalse(login.redeem(codeOf(login.loggedIn(null)), "sandbox-app", null, CALLBACK));
        assertFalse(login.redeem("made-up", "sandbox-app", "sandbox-secret", CALLBACK));
    }

    @Test
    void thePageEscapesWhatTheRequestCarried() {
        String page = SandboxLogin.page("sandbox-app", CALLBACK, "\"><script>alert(1)</script>");
        assertFalse(page.contains("<script>"));
        assertTrue(page.contains("&quot;&gt;&lt;script&gt;"));
    }
}
