package vn.hanoi.gbv.localstack.auth;

import java.util.List;
import java.util.Objects;

/**
 * A demo user of the development authorization server, bound from {@code gbv.authserver.personas} in
 * {@code authserver.yml}.
 *
 * <p>A typed record (rather than ad-hoc user definitions in code) so that the same list can be rendered into the
 * documentation and mirrored in a Keycloak realm export without drifting apart.
 *
 * @param username login name; becomes the token's {@code sub} and {@code preferred_username}
 * @param roles    role names as they appear in the token's {@code roles} claim, e.g. {@code COUNSELLOR}
 * @param ward     ward the persona works in (e.g. {@code hoan-kiem}), or {@code null} for city-wide personas
 * @param agency   agency the persona belongs to (e.g. {@code police-hoan-kiem}), or {@code null}
 */
public record Persona(String username, List<String> roles, String ward, String agency) {

    public Persona {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("persona username must not be blank");
        }
        roles = List.copyOf(Objects.requireNonNullElse(roles, List.of()));
        if (roles.isEmpty()) {
            throw new IllegalArgumentException("persona '" + username + "' needs at least one role");
        }
        // Treat "" like absent, so that YAML "ward:" with no value does not produce an empty claim.
        ward = blankToNull(ward);
        agency = blankToNull(agency);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
