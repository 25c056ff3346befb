package vn.hanoi.gbv.localstack.auth;

import java.util.LinkedHashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AccessTokenAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.context.AuthorizationServerContextHolder;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.token.DefaultOAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;

/**
 * Issues an access token for a {@link PasswordGrantAuthenticationToken}: checks the client may use the grant and
 * the requested scopes, authenticates the user, then generates the token with the server's shared
 * {@link OAuth2TokenGenerator} (so the token customizer, signing key and TTL are the same as for the built-in
 * grants) and records the authorization (so introspection and revocation work for these tokens too).
 *
 * <p>No refresh token: the CLI simply logs in again, and Spring Authorization Server does not give refresh tokens
 * to public clients anyway.
 */
final class PasswordGrantAuthenticationProvider implements AuthenticationProvider {

    private static final Logger log = LoggerFactory.getLogger(PasswordGrantAuthenticationProvider.class);
    private static final String ERROR_URI = "https://datatracker.ietf.org/doc/html/rfc6749#section-5.2";

    private final AuthenticationManager userAuthenticationManager;
    private final OAuth2AuthorizationService authorizationService;
    private final OAuth2TokenGenerator<? extends OAuth2Token> tokenGenerator;

    /**
     * @param userAuthenticationManager authenticates end users (username/password); kept separate from the
     *                                  authorization server's own manager, which authenticates clients and grants
     */
    PasswordGrantAuthenticationProvider(AuthenticationManager userAuthenticationManager,
            OAuth2AuthorizationService authorizationService, OAuth2TokenGenerator<? extends OAuth2Token> tokenGenerator) {
        this.userAuthenticationManager = userAuthenticationManager;
        this.authorizationService = authorizationService;
        this.tokenGenerator = tokenGenerator;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        PasswordGrantAuthenticationToken grant = (PasswordGrantAuthenticationToken) authentication;

        OAuth2ClientAuthenticationToken clientPrincipal = authenticatedClient(grant);
        RegisteredClient client = clientPrincipal.getRegisteredClient();
        if (client == null || !client.getAuthorizationGrantTypes().contains(PasswordGrantAuthenticationToken.GRANT_TYPE)) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.UNAUTHORIZED_CLIENT);
        }

        Set<String> scopes = new LinkedHashSet<>(grant.getScopes());
        if (!client.getScopes().containsAll(scopes)) {
            throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_SCOPE);
        }

        Authentication user = authenticateUser(grant);

        OAuth2TokenContext tokenContext = DefaultOAuth2TokenContext.builder()
                .registeredClient(client)
                .principal(user)
                .authorizationServerContext(AuthorizationServerContextHolder.getContext())
                .authorizedScopes(scopes)
                .tokenType(OAuth2TokenType.ACCESS_TOKEN)
                .authorizationGrantType(PasswordGrantAuthenticationToken.GRANT_TYPE)
                .authorizationGrant(grant)
                .build();
        OAuth2Token generated = tokenGenerator.generate(tokenContext);
        if (generated == null) {
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.SERVER_ERROR,
                    "The token generator failed to generate the access token.", ERROR_URI));
        }
        OAuth2AccessToken accessToken = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER,
                generated.getTokenValue(), generated.getIssuedAt(), generated.getExpiresAt(), scopes);

        // The person is kept with the authorization: token exchange (the referral service asking intake for an
        // officer) finds the subject of the token it is given there, and refuses a token without one.
        OAuth2Authorization.Builder authorization = OAuth2Authorization.withRegisteredClient(client)
                .principalName(user.getName())
                .authorizationGrantType(PasswordGrantAuthenticationToken.GRANT_TYPE)
                .authorizedScopes(scopes)
                .attribute(java.security.Principal.class.getName(), user);
        if (generated instanceof Jwt jwt) {
            // Introspection answers from these stored claims; the format lets the token be exchanged as a JWT too.
            authorization.token(accessToken, metadata -> {
                metadata.put(OAuth2Authorization.Token.CLAIMS_METADATA_NAME, jwt.getClaims());
                metadata.put(OAuth2TokenFormat.class.getName(), OAuth2TokenFormat.SELF_CONTAINED.getValue());
            });
        } else {
            authorization.accessToken(accessToken);
        }
        authorizationService.save(authorization.build());

        log.debug("Issued password-grant access token to '{}' via client '{}'", user.getName(), client.getClientId());
        return new OAuth2AccessTokenAuthenticationToken(client, clientPrincipal, accessToken);
    }

    private static OAuth2ClientAuthenticationToken authenticatedClient(Authentication grant) {
        if (grant.getPrincipal() instanceof OAuth2ClientAuthenticationToken client && client.isAuthenticated()) {
            return client;
        }
        throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
    }

    private Authentication authenticateUser(PasswordGrantAuthenticationToken grant) {
        try {
            return userAuthenticationManager.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(grant.getUsername(), grant.getPassword()));
        } catch (ThrottledUserAuthentication.SignInThrottled e) {
            // Answered 429 with Retry-After by the endpoint's error handler, which finds this cause.
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                    e.getMessage(), ERROR_URI), e);
        } catch (AuthenticationException e) {
            // Same answer for unknown user, wrong password, locked account: do not help anyone guess usernames.
            log.debug("Password grant rejected: {}", e.getClass().getSimpleName());
            throw new OAuth2AuthenticationException(new OAuth2Error(OAuth2ErrorCodes.INVALID_GRANT,
                    "Bad credentials", ERROR_URI), e);
        } finally {
            grant.eraseCredentials();
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return PasswordGrantAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
