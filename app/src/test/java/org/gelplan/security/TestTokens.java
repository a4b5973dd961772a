package org.gelplan.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** An RSA key made by the test, its public half as a PEM file, and Keycloak-like tokens signed with it. */
public final class TestTokens {

    private final KeyPair keys;
    private final Path publicKey;

    private TestTokens(KeyPair keys, Path publicKey) {
        this.keys = keys;
        this.publicKey = publicKey;
    }

    public static TestTokens create() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair keys = generator.generateKeyPair();
            Path pem = Files.createTempFile("gelplan-jwt", ".pem");
            String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded());
            Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n" + body + "\n-----END PUBLIC KEY-----\n");
            pem.toFile().deleteOnExit();
            return new TestTokens(keys, pem);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** For {@code spring.security.oauth2.resourceserver.jwt.public-key-location}. */
    public String publicKeyLocation() {
        return publicKey.toUri().toString();
    }

    public String token(String username, List<String> realmRoles, Object entities) {
        return sign(new JWTClaimsSet.Builder()
                .subject("f1c2-" + username)
                .claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", realmRoles))
                .claim("gel_entities", entities)
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .build(), keys);
    }

    String expired(String username) {
        return sign(new JWTClaimsSet.Builder()
                .claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", List.of("ADMIN")))
                .expirationTime(Date.from(Instant.now().minusSeconds(3600)))
                .build(), keys);
    }

    /** A token signed by a key the application does not trust. */
    String forged(String username) {
        return sign(new JWTClaimsSet.Builder()
                .claim("preferred_username", username)
                .claim("realm_access", Map.of("roles", List.of("ADMIN")))
                .claim("gel_entities", List.of("*"))
                .expirationTime(Date.from(Instant.now().plusSeconds(300)))
                .build(), create().keys);
    }

    private static String sign(JWTClaimsSet claims, KeyPair keys) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner(keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
