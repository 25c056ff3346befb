package vn.hanoi.gbv.platform.testing;

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
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Signs real RS256 JWTs for tests, with the claims the authorization server puts in: {@code roles},
 * {@code ward}, {@code agency}, {@code preferred_username}, and the API's audience {@code gbv-api}. Services check
 * them with their real decoder against the public key this class writes to a file.
 */
public final class TestTokens {

    /** The audience every service requires (PlatformDefaults), as the authorization servers put it in. */
    public static final String AUDIENCE = "gbv-api";

    private final String issuer;
    private final KeyPair keys;
    private final Path publicKeyFile;

    TestTokens(String issuer) {
        this.issuer = issuer;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            this.keys = generator.generateKeyPair();
            this.publicKeyFile = Files.createTempFile("gbv-test-issuer", ".pem");
            publicKeyFile.toFile().deleteOnExit();
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(keys.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            Files.writeString(publicKeyFile, pem);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String publicKeyLocation() {
        return publicKeyFile.toUri().toString();
    }

    /** A token for a person; ward and agency may be null. */
    public String forUser(String username, String ward, String agency, String... roles) {
        return sign(person(username, ward, agency, roles).audience(AUDIENCE).build());
    }

    /**
     * A person's token that another client got for her by token exchange (RFC 8693), as the authorization server
     * issues it: her claims, and {@code act.sub} naming the client that acts for her.
     */
    public String exchangedBy(String actingClient, String username, String ward, String agency, String... roles) {
        return sign(person(username, ward, agency, roles).audience(AUDIENCE)
                .claim("act", Map.of("sub", actingClient)).build());
    }

    /** A token of the same issuer minted for another audience (another application of the realm). */
    public String forAudience(String audience, String username, String... roles) {
        return sign(person(username, null, null, roles).audience(audience).build());
    }

    private JWTClaimsSet.Builder person(String username, String ward, String agency, String... roles) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(username)
                .claim("preferred_username", username)
                .claim("roles", List.of(roles))
                .jwtID(UUID.randomUUID().toString())
                .issueTime(new Date())
                .expirationTime(Date.from(Instant.now().plusSeconds(1800)));
        if (ward != null) {
            claims.claim("ward", ward);
        }
        if (agency != null) {
            claims.claim("agency", agency);
        }
        return claims;
    }

    /** A token as another service of this system gets with client credentials. */
    public String forService(String clientId) {
        return forUser(clientId, null, null, "SERVICE");
    }

    private String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
