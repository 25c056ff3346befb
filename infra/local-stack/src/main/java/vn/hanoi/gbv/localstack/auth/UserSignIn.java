package vn.hanoi.gbv.localstack.auth;

import org.springframework.security.authentication.AuthenticationManager;

/**
 * The one way people (not clients) are authenticated on this server: throttled, timing-equalised name and password
 * checks (see {@link AuthorizationServerSecurityConfig#userSignIn}). Wrapped so that it is not a bean of type
 * {@link AuthenticationManager}, which Spring Security would take as the manager for everything.
 */
record UserSignIn(AuthenticationManager manager) {
}
