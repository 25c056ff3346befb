package vn.hanoi.gbv.localstack.auth;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.util.StringUtils;

/**
 * Client authentication for a <em>public</em> client (no secret) making a password-grant token request: the
 * request names the client with {@code client_id} and nothing else.
 *
 * <p>Spring Authorization Server accepts public clients only for the authorization-code grant with PKCE, where
 * the code verifier stands in for the secret. A CLI cannot keep a secret either, so for the password grant the
 * user's password is what is verified, and the client needs no credential of its own.
 *
 * <p>Returns {@code null} (letting the built-in converters run) unless the request is
 * {@code grant_type=password} with exactly one {@code client_id} and no client credentials of any kind.
 */
final class PublicClientPasswordGrantAuthenticationConverter implements AuthenticationConverter {

    @Override
    public Authentication convert(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())
                || !PasswordGrantAuthenticationToken.GRANT_TYPE.getValue().equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE))
                || request.getHeader(HttpHeaders.AUTHORIZATION) != null
                || request.getParameter(OAuth2ParameterNames.CLIENT_SECRET) != null
                || request.getParameter(OAuth2ParameterNames.CLIENT_ASSERTION) != null) {
            return null;
        }
        String[] clientIds = request.getParameterValues(OAuth2ParameterNames.CLIENT_ID);
        if (clientIds == null || clientIds.length != 1 || !StringUtils.hasText(clientIds[0])) {
            return null;
        }
        // Only the grant type travels with the client authentication: the provider needs nothing else, and the
        // user's password must not be copied into more objects than necessary.
        return new OAuth2ClientAuthenticationToken(clientIds[0], ClientAuthenticationMethod.NONE, null,
                Map.of(OAuth2ParameterNames.GRANT_TYPE, PasswordGrantAuthenticationToken.GRANT_TYPE.getValue()));
    }
}
