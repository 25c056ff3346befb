package vn.hanoi.gbv.platform.security;

import java.util.Map;
import java.util.Optional;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The client that acts for the token's subject, when the token was issued to one client for a person by token
 * exchange (RFC 8693): {@code act.sub}. Keycloak's standard token exchange names no actor but issues the token to
 * the requesting client, which it names in {@code azp}; that is the fallback. A person's own token names her own
 * client (the console, the CLI) or none, so a service can tell "the referral service, for officer X" from
 * "officer X" — from signed claims only.
 */
public final class ActingClient {

    public static Optional<String> of(Jwt jwt) {
        Object act = jwt.getClaims().get("act");
        if (act instanceof Map<?, ?> actor && actor.get("sub") instanceof String sub && !sub.isBlank()) {
            return Optional.of(sub);
        }
        return Optional.ofNullable(jwt.getClaimAsString("azp")).filter(azp -> !azp.isBlank());
    }

    private ActingClient() {
    }
}
