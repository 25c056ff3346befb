package vn.hanoi.gbv.localstack.auth;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/**
 * Development OAuth2 / OpenID Connect authorization server for the GBV referral system (Spring Security 7's
 * built-in Spring Authorization Server), standing in for the production identity provider (e.g. Keycloak).
 *
 * <ul>
 *   <li>Port 9000, issuer {@code http://localhost:9000}, discovery at
 *       {@code /.well-known/openid-configuration}, JWK set at {@code /oauth2/jwks}.</li>
 *   <li>CLI login with the password grant (client {@code gbv-cli}, no secret):
 *       {@code curl -s -d grant_type=password -d client_id=gbv-cli -d username=lan -d password=demo
 *       http://localhost:9000/oauth2/token}.</li>
 *   <li>Service tokens with client credentials ({@code intake-service} / {@code intake-service-secret}, etc.).</li>
 * </ul>
 *
 * <p>It shares a JVM and a classpath with the four services in the local stack, hence:
 * <ul>
 *   <li>its configuration is {@code authserver.yml}, selected by {@code spring.config.name=authserver} in
 *       {@link #builder()}, so it never reads a service's {@code application.yml} or vice versa;</li>
 *   <li>it scans only its own package (explicit {@link Import} instead of component scanning);</li>
 *   <li>{@code authserver.yml} excludes the auto-configurations the services bring (MongoDB, Kafka, resource
 *       server) that mean nothing here.</li>
 * </ul>
 *
 * <p>Everything is in memory and the signing key is generated at start: after a restart, previously issued tokens
 * no longer validate and clients simply log in again.
 */
@SpringBootConfiguration(proxyBeanMethods = false)
@EnableAutoConfiguration
@Import(AuthorizationServerSecurityConfig.class)
public class AuthorizationServerApplication {

    /** Value of {@code spring.config.name}: the server reads {@code authserver.yml}/{@code authserver.properties}. */
    public static final String CONFIG_NAME = "authserver";

    /**
     * A builder preconfigured to read {@code authserver.yml}. Add properties and run, e.g.
     * {@code AuthorizationServerApplication.builder().run("--server.port=0")}.
     *
     * <p>{@code spring.config.name} is passed as a default property rather than a system property so that other
     * Spring Boot applications in the same JVM are not affected.
     */
    public static SpringApplicationBuilder builder() {
        return new SpringApplicationBuilder(AuthorizationServerApplication.class)
                .properties("spring.config.name=" + CONFIG_NAME);
    }

    public static void main(String[] args) {
        builder().run(args);
    }
}
