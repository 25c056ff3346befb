package vn.hanoi.gbv.localstack.auth;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * Adds the claims the GBV services authorise on to every access token. This is the token contract shared with
 * the services' resource-server configuration (and with any Keycloak realm that replaces this server):
 *
 * <ul>
 *   <li>{@code sub} and {@code preferred_username}: the persona's username (for service clients {@code sub} is the
 *       client id, set by Spring Authorization Server itself);</li>
 *   <li>{@code roles}: JSON array of role names, e.g. {@code ["COUNSELLOR"]}; {@code ["SERVICE"]} for
 *       client-credentials tokens;</li>
 *   <li>{@code ward} / {@code agency}: only when the persona has one, so "absent" reliably means "not scoped";</li>
 *   <li>{@code aud}: the client id plus the configured API audience ({@code gbv-api}), which every service
 *       requires;</li>
 *   <li>{@code act}: for a token obtained by token exchange (RFC 8693), {@code {"sub": <client id>}}, the client
 *       acting for the person; the person's own claims are those of the token exchanged.</li>
 * </ul>
 */
final class GbvAccessTokenCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String ROLES = "roles";
    static final String WARD = "ward";
    static final String AGENCY = "agency";
    static final String PREFERRED_USERNAME = "preferred_username";
    static final String SERVICE_ROLE = "SERVICE";

    private final AuthServerProperties properties;

    GbvAccessTokenCustomizer(AuthServerProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            return; // ID tokens keep the standard OIDC claims
        }
        List<String> audience = new ArrayList<>();
        audience.add(context.getRegisteredClient().getClientId());
        audience.add(properties.audience());
        context.getClaims().audience(audience);

        AuthorizationGrantType grantType = context.getAuthorizationGrantType();
        if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(grantType)) {
            // Every client-credentials client of this server is one of the GBV services acting on its own behalf.
            context.getClaims().claim(ROLES, List.of(SERVICE_ROLE));
            return;
        }
        if (AuthorizationGrantType.TOKEN_EXCHANGE.equals(grantType)) {
            // Only the referral service may exchange (the grant is registered for it alone), only a person's token
            // is exchanged, and the result says who acts for her.
            context.getClaims().claim("act", java.util.Map.of("sub", context.getRegisteredClient().getClientId()));
        }
        String username = context.getPrincipal().getName();
        Persona persona = properties.persona(username).orElseThrow(() ->
                // Users are created from the persona list; anything else (a service's token offered for exchange)
                // is no person's.
                new org.springframework.security.oauth2.core.OAuth2AuthenticationException(
                        org.springframework.security.oauth2.core.OAuth2ErrorCodes.INVALID_GRANT));
        context.getClaims().claims(claims -> {
            claims.put(PREFERRED_USERNAME, persona.username());
            claims.put(ROLES, persona.roles());
            if (persona.ward() != null) {
                claims.put(WARD, persona.ward());
            }
            if (persona.agency() != null) {
                claims.put(AGENCY, persona.agency());
            }
        });
    }
}
