package dev.upstoxmcp.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class TokenCipherTest {

    static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef"
            .getBytes(StandardCharsets.US_ASCII));
    static final TokenCipher CIPHER = TokenCipher.fromBase64(KEY);

    @Test
    void sealedTokensOpenForTheSameUser() {
        TokenCipher.Sealed sealed = CIPHER.seal("USER1", "upstox-token-123");
        assertEquals("upstox-token-123", CIPHER.open("USER1", sealed));
        assertFalse(new String(sealed.ciphertext(), StandardCharsets.ISO_8859_1).contains("upstox-token-123"));
        assertEquals(12, sealed.iv().length);
    }

    @Test
    void everySealingUsesAFreshIv() {
        TokenCipher.Sealed first = CIPHER.seal("USER1", "same");
        TokenCipher.Sealed second = CIPHER.seal("USER1", "same");
        assertFalse(Arrays.equals(first.iv(), second.iv()));
        assertFalse(Arrays.equals(first.ciphertext(), second.ciphertext()));
    }

    @Test
    void aFlippedBitIsDetected() {
        TokenCipher.Sealed sealed = CIPHER.seal("USER1", "upstox-token-123");
        byte[] altered = sealed.ciphertext().clone();
        altered[0] ^= 1;
        assertThrows(TokenCipher.TamperedException.class,
                () -> CIPHER.open("USER1", new TokenCipher.Sealed(sealed.iv(), altered)));
        byte[] otherIv = sealed.iv().clone();
        otherIv[0] ^= 1;
        assertThrows(TokenCipher.TamperedException.class,
                () -> CIPHER.open("USER1", new TokenCipher.Sealed(otherIv, sealed.ciphertext())));
    }

    @Test
    void aTokenMovedToAnotherUsersRowDoesNotOpen() {
        TokenCipher.Sealed sealed = CIPHER.seal("USER1", "upstox-token-123");
        assertThrows(TokenCipher.TamperedException.class, () -> CIPHER.open("USER2", sealed));
    }

    @Test
    void anotherKeyCannotOpen() {
        TokenCipher.Sealed sealed = CIPHER.seal("USER1", "upstox-token-123");
        assertThrows(TokenCipher.TamperedException.class, () -> TokenCipher.random().open("USER1", sealed));
    }

    @Test
    void keysMustBe256BitBase64() {
        var tooShort = assertThrows(IllegalArgumentException.class,
                () -> TokenCipher.fromBase64(Base64.getEncoder().encodeToString(new byte[16])));
        assertTrue(tooShort.getMessage().contains("32 bytes"));
        assertThrows(IllegalArgumentException.class, () -> TokenCipher.fromBase64("not base64 !!"));
    }

    @Test
    void base64FormsRoundTrip() {
        TokenCipher.Sealed sealed = CIPHER.seal("USER1", "x");
        TokenCipher.Sealed copy = TokenCipher.Sealed.ofBase64(sealed.ivBase64(), sealed.ciphertextBase64());
        assertArrayEquals(sealed.ciphertext(), copy.ciphertext());
        assertEquals("x", CIPHER.open("USER1", copy));
    }
}
