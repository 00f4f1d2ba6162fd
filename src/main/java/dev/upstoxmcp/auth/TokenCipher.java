package dev.upstoxmcp.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts Upstox tokens at rest with AES-256-GCM: a random 96-bit IV per value, a 128-bit tag, and the user id as
 * associated data, so a ciphertext copied to another user's row does not decrypt.
 */
final class TokenCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 32;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    private TokenCipher(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("upstox.auth.encryption-key must be 32 bytes (256 bits), base64 "
                    + "encoded; got " + key.length + " bytes");
        }
        this.key = new SecretKeySpec(key, "AES");
    }

    /** From the configured base64 key (standard or URL alphabet). */
    static TokenCipher fromBase64(String base64Key) {
        byte[] key;
        try {
            String trimmed = base64Key.strip();
            key = trimmed.contains("-") || trimmed.contains("_") ? Base64.getUrlDecoder().decode(trimmed)
                    : Base64.getDecoder().decode(trimmed);
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("upstox.auth.encryption-key is not base64");
        }
        return new TokenCipher(key);
    }

    static TokenCipher random() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        return new TokenCipher(key);
    }

    Sealed seal(String userId, String plaintext) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, iv, userId);
            return new Sealed(iv, cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("AES-GCM is part of every JDK", impossible);
        }
    }

    /** @throws TamperedException if the value was altered, belongs to another user or used another key */
    String open(String userId, Sealed sealed) {
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, sealed.iv(), userId);
            return new String(cipher.doFinal(sealed.ciphertext()), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException notAuthentic) {
            throw new TamperedException();
        }
    }

    private Cipher cipher(int mode, byte[] iv, String userId) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(userId.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** An encrypted value and its IV. */
    record Sealed(byte[] iv, byte[] ciphertext) {

        String ivBase64() {
            return Base64.getEncoder().encodeToString(iv);
        }

        String ciphertextBase64() {
            return Base64.getEncoder().encodeToString(ciphertext);
        }

        static Sealed ofBase64(String iv, String ciphertext) {
            return new Sealed(Base64.getDecoder().decode(iv), Base64.getDecoder().decode(ciphertext));
        }
    }

    /** A stored token failed authentication: altered, moved to another user, or sealed with another key. */
    static final class TamperedException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        TamperedException() {
            super("a stored token failed authentication");
        }
    }
}
