package vn.hanoi.gbv.localstack.auth;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Authenticates a person by name and password, for every way of signing in to this server (the password grant now,
 * a form login too if one is added: it should use this provider). Each attempt first asks the {@link SignInThrottle}
 * whether the name or the client address has failed too often; a failure is counted against both. The wrapped
 * provider compares the password against a hash for known and unknown names alike (it hashes a dummy password when
 * the name is unknown), and the users' passwords are stored as bcrypt hashes, so both cost the same: the time of an
 * answer does not tell whether a name exists.
 *
 * <p>The client address is the connection's: a forwarded-for header is the client's word and is not believed (this
 * server listens on the loopback address only).
 */
final class ThrottledUserAuthentication implements AuthenticationProvider {

    /** Too many failures: try again after {@link #retryAfter()}. Known and unknown names get it alike. */
    static final class SignInThrottled extends AuthenticationException {

        private final Duration retryAfter;

        SignInThrottled(Duration retryAfter) {
            super("Too many failed sign-ins; try again later");
            this.retryAfter = retryAfter;
        }

        Duration retryAfter() {
            return retryAfter;
        }
    }

    private final AuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledUserAuthentication(AuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        String username = authentication.getName();
        String address = clientAddress();
        Optional<Duration> wait = throttle.waitFor(username, address);
        if (wait.isPresent()) {
            throw new SignInThrottled(wait.get());
        }
        try {
            Authentication user = passwords.authenticate(authentication);
            throttle.succeeded(username);
            return user;
        } catch (BadCredentialsException e) {
            throttle.failed(username, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return "unknown";
    }
}
