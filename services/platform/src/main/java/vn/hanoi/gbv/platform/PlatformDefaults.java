package vn.hanoi.gbv.platform;

import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Settings every service shares, added last so a service's own file or the environment can still override
 * them. Kept here rather than copied into four files so they cannot drift apart.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = Map.ofEntries(
            // Nothing lost: the broker confirms only after every in-sync replica has the record.
            Map.entry("spring.kafka.producer.acks", "all"),
            Map.entry("spring.kafka.producer.properties.enable.idempotence", "true"),
            // Kafka 4 lingers 5 ms by default; a referral should not wait for a batch to fill.
            Map.entry("spring.kafka.producer.properties.linger.ms", "0"),
            Map.entry("spring.kafka.consumer.group-id", "${spring.application.name}"),
            Map.entry("spring.kafka.consumer.auto-offset-reset", "earliest"),
            Map.entry("spring.kafka.consumer.properties.isolation.level", "read_committed"),
            // Requests with fields we do not know are refused, so a typo never silently drops data.
            Map.entry("spring.jackson.deserialization.fail-on-unknown-properties", "true"),
            Map.entry("spring.jackson.deserialization.fail-on-null-for-primitives", "true"),
            // English unless the caller's Accept-Language asks for Vietnamese (or another bundle we have).
            Map.entry("spring.web.locale", "en"),
            Map.entry("spring.web.locale-resolver", "accept-header"),
            // Each service's own bundle is named after it, so four services can share one classpath.
            Map.entry("spring.messages.basename", "${spring.application.name}-messages,problems"),
            Map.entry("spring.messages.fallback-to-system-locale", "false"),
            Map.entry("spring.messages.encoding", "UTF-8"),
            Map.entry("spring.data.mongodb.auto-index-creation", "true"),
            Map.entry("server.error.include-message", "never"),
            Map.entry("server.error.include-stacktrace", "never"),
            Map.entry("management.endpoints.web.exposure.include", "health,info"),
            // Only tokens minted for this API: a token the same realm issued to another client (another app, a
            // test client) carries a valid signature and issuer but not this audience, and is refused with 401.
            Map.entry("spring.security.oauth2.resourceserver.jwt.audiences", "gbv-api"),
            // In the local stack the authorization server shares the classpath; a service is never one.
            Map.entry("spring.autoconfigure.exclude", String.join(",",
                    "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerAutoConfiguration",
                    "org.springframework.boot.security.oauth2.server.authorization.autoconfigure.servlet.OAuth2AuthorizationServerJwtAutoConfiguration")),
            Map.entry("logging.pattern.correlation", "[%X{traceId:-}] "),
            // Kafka clients print every setting at INFO on each start; warnings are what an operator needs.
            Map.entry("logging.level.org.apache.kafka", "WARN"),
            Map.entry("logging.level.kafka", "WARN"),
            Map.entry("logging.level.org.apache.kafka.clients.NetworkClient", "ERROR"),
            // A malformed request line or an oversized header is the client's error, answered 400 by Tomcat; its
            // parser logged the first one at INFO with a stack trace. Client errors leave no more than one line.
            Map.entry("logging.level.org.apache.coyote.http11.Http11Processor", "WARN"));

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("gbvPlatformDefaults", DEFAULTS));
    }
}
