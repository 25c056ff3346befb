package vn.hanoi.gbv.localstack.auth;

import java.time.Clock;
import java.util.List;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2Token;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2AccessTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2RefreshTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Wiring of the development authorization server.
 *
 * <p>Spring Boot supplies what it can from {@code authserver.yml}: the registered clients
 * ({@code spring.security.oauth2.authorizationserver.client.*}), a freshly generated RSA signing key
 * ({@code JWKSource}) and a {@code JwtDecoder}. This class adds what Boot cannot: the password grant, the persona
 * users, the GBV token claims and an issuer that matches the actual port.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({AuthServerProperties.class, SignInProperties.class})
class AuthorizationServerSecurityConfig {

    /**
     * The protocol endpoints (token, JWK set, discovery, introspection, revocation, OIDC). Defining our own chain
     * makes Boot's default one back off; it mirrors Boot's, plus the password grant.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain authorizationServerSecurityFilterChain(HttpSecurity http, RegisteredClientRepository clients,
            OAuth2AuthorizationService authorizationService, OAuth2TokenGenerator<OAuth2Token> tokenGenerator,
            UserSignIn userSignIn) throws Exception {
        OAuth2AuthorizationServerConfigurer authorizationServer = new OAuth2AuthorizationServerConfigurer();
        String password = PasswordGrantAuthenticationToken.GRANT_TYPE.getValue();
        http.securityMatcher(authorizationServer.getEndpointsMatcher());
        http.with(authorizationServer, server -> server
                // Custom converters/providers are placed before the built-in ones.
                .clientAuthentication(clientAuthentication -> clientAuthentication
                        .authenticationConverter(new PublicClientPasswordGrantAuthenticationConverter())
                        .authenticationProvider(new PublicClientPasswordGrantAuthenticationProvider(clients)))
                .tokenEndpoint(tokenEndpoint -> tokenEndpoint
                        .accessTokenRequestConverter(new PasswordGrantAuthenticationConverter())
                        .authenticationProvider(new PasswordGrantAuthenticationProvider(
                                userSignIn.manager(), authorizationService, tokenGenerator))
                        // Throttled sign-ins answer 429 with Retry-After; every other error as the standard says.
                        .errorResponseHandler(new SignInErrorResponseHandler()))
                // Advertise the extension grant so tools reading the discovery document know it is there.
                .authorizationServerMetadataEndpoint(metadata -> metadata
                        .authorizationServerMetadataCustomizer(builder -> builder.grantType(password)))
                .oidc(oidc -> oidc.providerConfigurationEndpoint(discovery -> discovery
                        .providerConfigurationCustomizer(builder -> builder.grantType(password)))));
        http.authorizeHttpRequests(authorize -> authorize.anyRequest().authenticated());
        // Bearer tokens for the endpoints that need them (OIDC userinfo, client registration), as Boot does.
        http.oauth2ResourceServer(resourceServer -> resourceServer.jwt(Customizer.withDefaults()));
        return http.build();
    }

    /**
     * Everything that is not a protocol endpoint. There is no login page: the only interactive user is the CLI,
     * which uses the password grant; browser flows (authorization code) would need a form login added here.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    SecurityFilterChain defaultSecurityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(authorize -> authorize
                .requestMatchers("/error").permitAll()
                .anyRequest().denyAll());
        return http.build();
    }

    /**
     * How people sign in, whatever the way (the password grant; a login form, if one is added, should use this
     * bean too): throttled per name and per client address, and as slow for an unknown name as for a wrong password
     * ({@link ThrottledUserAuthentication}). A manager of their own, apart from the server's client authentication;
     * going through {@link ProviderManager} also erases the submitted password from the resulting
     * {@code Authentication}. Not a bean of type AuthenticationManager, which Boot would take as the only one.
     */
    @Bean
    UserSignIn userSignIn(UserDetailsService users, PasswordEncoder encoder, SignInProperties signIn) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new UserSignIn(new ProviderManager(List.of(new ThrottledUserAuthentication(passwords,
                new SignInThrottle(signIn, Clock.systemUTC())))));
    }

    /** One user per persona, all with the demo password. Authorities mirror the roles, for completeness. */
    @Bean
    UserDetailsService userDetailsService(AuthServerProperties properties, PasswordEncoder encoder) {
        // Stored as a bcrypt hash, like any real password: comparing it costs what the dummy comparison for an
        // unknown name costs (a {noop} password answered in 3 ms, an unknown name in 85: names could be told apart).
        String hash = encoder.encode(properties.demoPassword());
        List<UserDetails> users = properties.personas().stream()
                .map(persona -> User.withUsername(persona.username())
                        .password(hash)
                        .roles(persona.roles().toArray(String[]::new))
                        .build())
                .toList();
        return new InMemoryUserDetailsManager(users);
    }

    /**
     * Delegating encoder, so both the persona passwords and the client secrets in {@code authserver.yml} can say
     * which encoding they use ({@code {noop}} in development).
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /** Shared by the built-in grants and the password grant, so both record authorizations in the same place. */
    @Bean
    OAuth2AuthorizationService authorizationService() {
        return new InMemoryOAuth2AuthorizationService();
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> gbvAccessTokenCustomizer(AuthServerProperties properties) {
        return new GbvAccessTokenCustomizer(properties);
    }

    /**
     * The token generator, declared as a bean so that the authorization server (which looks it up by type) and the
     * password-grant provider share it: one signing key, one customizer, one TTL policy for all grants. Unlike the
     * generator Spring Authorization Server builds when there is no such bean, it does not bind tokens to client
     * certificates or DPoP keys ({@code cnf} claim); no client here uses either.
     */
    @Bean
    OAuth2TokenGenerator<OAuth2Token> tokenGenerator(JWKSource<SecurityContext> jwkSource,
            OAuth2TokenCustomizer<JwtEncodingContext> customizer) {
        JwtGenerator jwtGenerator = new JwtGenerator(new NimbusJwtEncoder(jwkSource));
        jwtGenerator.setJwtCustomizer(customizer);
        return new DelegatingOAuth2TokenGenerator(jwtGenerator, new OAuth2AccessTokenGenerator(),
                new OAuth2RefreshTokenGenerator());
    }

    /**
     * The issuer must be stable and equal to the URL clients use, because resource servers check {@code iss}
     * against the discovery document. With a fixed port it is {@code http://localhost:<port>} (or
     * {@code gbv.authserver.issuer}). With port 0 the port is unknown until the server has started, after this
     * bean is built, so the issuer is left unset and Spring Authorization Server derives it from each request;
     * tests must then call the server as {@code http://localhost:<port>}.
     */
    @Bean
    AuthorizationServerSettings authorizationServerSettings(AuthServerProperties properties,
            @Value("${server.port:8080}") int port) {
        AuthorizationServerSettings.Builder settings = AuthorizationServerSettings.builder();
        if (properties.issuer() != null) {
            settings.issuer(properties.issuer().toString());
        } else if (port > 0) {
            settings.issuer("http://localhost:" + port);
        }
        return settings.build();
    }
}
