package vn.hanoi.gbv.platform.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns the {@code roles} claim into {@code ROLE_*} authorities, and names the principal by
 * {@code preferred_username} (Keycloak's {@code sub} is an opaque id a supervisor could not read in a timeline).
 */
public class GbvJwtAuthenticationConverter implements Converter<Jwt, AbstractAuthenticationToken> {

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Collection<GrantedAuthority> authorities = roles(jwt).stream()
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority("ROLE_" + role))
                .toList();
        return new JwtAuthenticationToken(jwt, authorities, userId(jwt));
    }

    static Set<String> roles(Jwt jwt) {
        List<String> roles = jwt.getClaimAsStringList("roles");
        return roles == null ? Set.of() : new LinkedHashSet<>(roles);
    }

    static String userId(Jwt jwt) {
        String username = jwt.getClaimAsString("preferred_username");
        return username != null ? username : jwt.getSubject();
    }

    /** The current user of an authenticated JWT. */
    public static CurrentUser currentUser(Jwt jwt) {
        return new CurrentUser(userId(jwt), Set.copyOf(roles(jwt)), jwt.getClaimAsString("ward"),
                jwt.getClaimAsString("agency"));
    }
}
