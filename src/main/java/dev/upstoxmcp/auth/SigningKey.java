package dev.upstoxmcp.auth;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jwk.RsaJsonWebKey;
import org.jose4j.jwk.RsaJwkGenerator;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.lang.JoseException;

/**
 * The key this server signs its access tokens with: RS256 (an RSA key) or ES256 (a P-256 key). Configured as a private
 * JWK (JSON, RSA or EC) or as a PKCS#8 PEM RSA private key; generated at start-up where configuration allows it.
 * {@code toString} never shows key material.
 */
final class SigningKey {

    private final PublicJsonWebKey jwk;
    private final String algorithm;

    private SigningKey(PublicJsonWebKey jwk) {
        if (jwk.getPrivateKey() == null) {
            throw new IllegalArgumentException("upstox.auth.signing-key must contain the private key");
        }
        this.jwk = jwk;
        if (jwk instanceof RsaJsonWebKey) {
            algorithm = AlgorithmIdentifiers.RSA_USING_SHA256;
        } else if (jwk instanceof EllipticCurveJsonWebKey ec && "P-256".equals(ec.getCurveName())) {
            algorithm = AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256;
        } else {
            throw new IllegalArgumentException("upstox.auth.signing-key must be an RSA key (RS256) or a P-256 EC key "
                    + "(ES256)");
        }
        if (jwk.getKeyId() == null) jwk.setKeyId(jwk.calculateBase64urlEncodedThumbprint("SHA-256"));
        jwk.setAlgorithm(algorithm);
        jwk.setUse("sig");
    }

    static SigningKey parse(String configured) {
        String text = configured.strip();
        try {
            if (text.startsWith("{")) return new SigningKey(PublicJsonWebKey.Factory.newPublicJwk(text));
            return new SigningKey(fromPem(text));
        } catch (JoseException | GeneralSecurityException | IllegalArgumentException unreadable) {
            throw new IllegalArgumentException("upstox.auth.signing-key is neither a private JWK (RSA or P-256) nor a "
                    + "PKCS#8 PEM RSA private key");
        }
    }

    static SigningKey generate() {
        try {
            return new SigningKey(RsaJwkGenerator.generateJwk(2048));
        } catch (JoseException impossible) {
            throw new IllegalStateException("cannot generate an RSA key", impossible);
        }
    }

    private static RsaJsonWebKey fromPem(String pem) throws GeneralSecurityException {
        String base64 = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        var privateKey = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        var publicKey = KeyFactory.getInstance("RSA")
                .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        var jwk = new RsaJsonWebKey((RSAPublicKey) publicKey);
        jwk.setPrivateKey(privateKey);
        return jwk;
    }

    String algorithm() {
        return algorithm;
    }

    String keyId() {
        return jwk.getKeyId();
    }

    PrivateKey privateKey() {
        return jwk.getPrivateKey();
    }

    PublicKey publicKey() {
        return jwk.getPublicKey();
    }

    /** The public half as a JWK Set document, for {@code jwks_uri}. */
    String publicJwks() {
        return "{\"keys\":[" + jwk.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY) + "]}";
    }

    @Override
    public String toString() {
        return "SigningKey[" + algorithm + ", kid=" + keyId() + "]";
    }
}
