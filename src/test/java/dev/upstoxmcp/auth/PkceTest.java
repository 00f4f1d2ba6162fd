package dev.upstoxmcp.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PkceTest {

    // RFC 7636 Appendix B
    static final String VERIFIER = "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk";
    static final String CHALLENGE = "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM";

    @Test
    void theRfcExampleVerifierHashesToItsChallenge() {
        assertEquals(CHALLENGE, Pkce.challengeOf(VERIFIER));
        assertTrue(Pkce.verifies(VERIFIER, CHALLENGE));
        assertTrue(Pkce.isChallenge(CHALLENGE));
    }

    @Test
    void anotherVerifierDoesNotMatch() {
        assertFalse(Pkce.verifies(VERIFIER.replace('d', 'e'), CHALLENGE));
    }

    @Test
    void aPlainChallengeEqualToTheVerifierIsNotAccepted() {
        // the "plain" method would send the verifier itself as the challenge; only S256 is supported
        assertFalse(Pkce.verifies(VERIFIER, VERIFIER));
    }

    @Test
    void malformedVerifiersAndChallengesAreRejected() {
        String shortVerifier = "abc";
        assertFalse(Pkce.verifies(shortVerifier, Pkce.challengeOf(shortVerifier)));
        assertFalse(Pkce.verifies(null, CHALLENGE));
        assertFalse(Pkce.isChallenge("too-short"));
        assertFalse(Pkce.isChallenge(CHALLENGE + "="));
        assertFalse(Pkce.isChallenge(null));
    }
}
