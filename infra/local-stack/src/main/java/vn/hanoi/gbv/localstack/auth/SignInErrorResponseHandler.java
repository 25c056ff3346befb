package vn.hanoi.gbv.localstack.auth;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.authorization.web.authentication.OAuth2ErrorAuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * The token endpoint's errors: a throttled sign-in is {@code 429 Too Many Requests} with {@code Retry-After} (and the
 * usual OAuth error body, {@code invalid_grant}), the same whether the name exists or not; anything else as Spring
 * Authorization Server answers it.
 */
final class SignInErrorResponseHandler implements AuthenticationFailureHandler {

    private final AuthenticationFailureHandler standard = new OAuth2ErrorAuthenticationFailureHandler();

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, jakarta.servlet.ServletException {
        Throwable cause = exception;
        while (cause != null && !(cause instanceof ThrottledUserAuthentication.SignInThrottled)) {
            cause = cause.getCause();
        }
        if (cause instanceof ThrottledUserAuthentication.SignInThrottled throttled) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", String.valueOf(Math.max(1, throttled.retryAfter().toSeconds())));
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.getWriter().write("{\"error\":\"invalid_grant\","
                    + "\"error_description\":\"Too many failed sign-ins; try again later\"}");
            return;
        }
        standard.onAuthenticationFailure(request, response, exception);
    }
}
