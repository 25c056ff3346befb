package vn.hanoi.gbv.localstack.auth;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.util.StringUtils;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Turns a token-endpoint request with {@code grant_type=password} into a {@link PasswordGrantAuthenticationToken};
 * returns {@code null} for every other grant so the built-in converters handle them.
 *
 * <p>The client has already been authenticated by the client-authentication filter that runs before the token
 * endpoint; its {@code Authentication} is taken from the security context, as the built-in grants do.
 */
final class PasswordGrantAuthenticationConverter implements AuthenticationConverter {

    // Spring Security 7 removed these from OAuth2ParameterNames along with the grant itself.
    static final String USERNAME = "username";
    static final String PASSWORD = "password";

    private static final String ERROR_URI = "https://datatracker.ietf.org/doc/html/rfc6749#section-5.2";

    private static final Set<String> NOT_ADDITIONAL = Set.of(OAuth2ParameterNames.GRANT_TYPE,
            OAuth2ParameterNames.CLIENT_ID, OAuth2ParameterNames.CLIENT_SECRET,
            USERNAME, PASSWORD, OAuth2ParameterNames.SCOPE);

    @Override
    public Authentication convert(HttpServletRequest request) {
        Map<String, String[]> parameters = formParameters(request);
        String[] grantType = parameters.get(OAuth2ParameterNames.GRANT_TYPE);
        if (grantType == null || grantType.length != 1
                || !PasswordGrantAuthenticationToken.GRANT_TYPE.getValue().equals(grantType[0])) {
            return null;
        }
        String username = requiredSingle(parameters, USERNAME);
        String password = requiredSingle(parameters, PASSWORD);
        Set<String> scopes = scopes(parameters);

        // Keep the other parameters for token customizers, but never the credentials: these maps can end up in
        // the stored authorization and in logs.
        Map<String, Object> additional = new HashMap<>();
        parameters.forEach((name, values) -> {
            if (!NOT_ADDITIONAL.contains(name)) {
                additional.put(name, values.length == 1 ? values[0] : values.clone());
            }
        });

        Authentication clientPrincipal = SecurityContextHolder.getContext().getAuthentication();
        return new PasswordGrantAuthenticationToken(username, password, scopes, clientPrincipal, additional);
    }

    /**
     * The request's body parameters only. A password in the query string would end up in access logs and proxy
     * logs, so like the built-in grants we ignore query-string parameters (a missing body parameter then gives
     * {@code invalid_request}).
     */
    private static Map<String, String[]> formParameters(HttpServletRequest request) {
        Map<String, String[]> parameters = new HashMap<>(request.getParameterMap());
        String query = request.getQueryString();
        if (StringUtils.hasText(query)) {
            UriComponentsBuilder.newInstance().query(query).build().getQueryParams().keySet()
                    .forEach(name -> parameters.remove(UriUtils.decode(name, StandardCharsets.UTF_8)));
        }
        return parameters;
    }

    private static String requiredSingle(Map<String, String[]> parameters, String name) {
        String[] values = parameters.get(name);
        if (values == null || values.length != 1 || !StringUtils.hasText(values[0])) {
            throw invalidRequest(name);
        }
        return values[0];
    }

    private static Set<String> scopes(Map<String, String[]> parameters) {
        String[] values = parameters.get(OAuth2ParameterNames.SCOPE);
        if (values == null) {
            return Set.of();
        }
        if (values.length != 1) {
            throw invalidRequest(OAuth2ParameterNames.SCOPE);
        }
        return Arrays.stream(values[0].split(" "))
                .filter(StringUtils::hasText)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static OAuth2AuthenticationException invalidRequest(String parameter) {
        return new OAuth2AuthenticationException(
                new OAuth2Error(OAuth2ErrorCodes.INVALID_REQUEST, "OAuth 2.0 Parameter: " + parameter, ERROR_URI));
    }
}
