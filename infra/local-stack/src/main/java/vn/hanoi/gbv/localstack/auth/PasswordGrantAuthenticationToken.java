package vn.hanoi.gbv.localstack.auth;

import java.util.Map;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationGrantAuthenticationToken;

/**
 * A token request with {@code grant_type=password} (RFC 6749 §4.3), after parsing and before authentication.
 *
 * <p>Spring Authorization Server dropped the password grant (OAuth 2.1 removes it), but the command-line client
 * needs a way to log in as a demo persona without a browser, so the development server adds it back as an
 * extension grant. Never enable it on a production authorization server.
 */
final class PasswordGrantAuthenticationToken extends OAuth2AuthorizationGrantAuthenticationToken {

    /** The grant type value sent as {@code grant_type}. */
    static final AuthorizationGrantType GRANT_TYPE = new AuthorizationGrantType("password");

    private final String username;
    private String password; // not final: erased once the user is authenticated
    private final Set<String> scopes;

    PasswordGrantAuthenticationToken(String username, String password, Set<String> scopes,
            Authentication clientPrincipal, Map<String, Object> additionalParameters) {
        super(GRANT_TYPE, clientPrincipal, additionalParameters);
        this.username = username;
        this.password = password;
        this.scopes = Set.copyOf(scopes);
    }

    String getUsername() {
        return username;
    }

    String getPassword() {
        return password;
    }

    /** @return the requested scopes; empty when the request had no {@code scope} parameter */
    Set<String> getScopes() {
        return scopes;
    }

    @Override
    public void eraseCredentials() {
        super.eraseCredentials();
        password = null;
    }
}
