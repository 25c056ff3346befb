package vn.hanoi.gbv.localstack.auth;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the development authorization server ({@code gbv.authserver.*} in {@code authserver.yml}).
 * OAuth2 clients are configured with Spring Boot's own {@code spring.security.oauth2.authorizationserver.client.*}.
 *
 * @param issuer       issuer URL to put in tokens and discovery; when absent it is {@code http://localhost:<port>}
 *                     for a fixed port, and derived from each request's host for port 0 (tests)
 * @param audience     audience added to every access token next to the client id; the services require it
 *                     ({@code gbv-api}) and refuse a token without it
 * @param demoPassword password shared by all personas; a development convenience, never a real credential
 * @param personas     the demo users
 */
@ConfigurationProperties("gbv.authserver")
public record AuthServerProperties(URI issuer, String audience, String demoPassword, List<Persona> personas) {

    public AuthServerProperties {
        audience = Objects.requireNonNullElse(audience, "gbv-api");
        demoPassword = Objects.requireNonNullElse(demoPassword, "demo");
        personas = List.copyOf(Objects.requireNonNullElse(personas, List.of()));
        Map<String, Persona> seen = new LinkedHashMap<>();
        for (Persona persona : personas) {
            if (seen.put(persona.username(), persona) != null) {
                throw new IllegalArgumentException("duplicate persona username '" + persona.username() + "'");
            }
        }
    }

    /** @return the persona with this username, if any */
    public Optional<Persona> persona(String username) {
        return personas.stream().filter(p -> p.username().equals(username)).findFirst();
    }
}
