package vn.hanoi.gbv.referral.config;

import java.net.http.HttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.TokenExchangeOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.endpoint.RestClientTokenExchangeTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.web.client.RestClient;
import vn.hanoi.gbv.referral.referrals.adapters.intake.IntakeDisclosureClient;

/**
 * The client for intake's disclosure endpoint. Referral asks for the officer, not for itself: it exchanges the
 * officer's own access token at the authorization server (OAuth 2.0 Token Exchange, RFC 8693) for a token that
 * names her as subject and this service as the actor, and calls intake with that. Intake believes only that token's
 * signed claims (who, which agency), never parameters. The registration is built here from
 * {@link IntakeClientProperties} rather than by Boot's OAuth2 client starter, whose auto-configuration would also
 * apply to the other services sharing the local stack's classpath. An exchanged token is kept per officer until
 * it expires (it identifies her and this service, not a survivor); the disclosed fields are never kept.
 */
@Configuration(proxyBeanMethods = false)
class IntakeClientConfiguration {

    static final String REGISTRATION = "referral-service";

    @Bean
    OAuth2AuthorizedClientManager intakeAuthorizedClientManager(IntakeClientProperties properties) {
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.TOKEN_EXCHANGE)
                .tokenUri(properties.tokenUri().toString())
                .build();
        var registrations = new InMemoryClientRegistrationRepository(registration);
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations,
                new InMemoryOAuth2AuthorizedClientService(registrations));
        var tokenRequests = new RestClientTokenExchangeTokenResponseClient();
        tokenRequests.setRestClient(RestClient.builder().requestFactory(requests(properties))
                .messageConverters(converters -> {
                    converters.add(0, new OAuth2AccessTokenResponseHttpMessageConverter());
                    converters.add(0, new FormHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler()).build());
        // The officer's token is an access token whatever its format: Keycloak's standard exchange takes only this
        // type, and Spring Authorization Server takes it for any token it issued.
        tokenRequests.setParametersCustomizer(parameters -> parameters.set("subject_token_type",
                "urn:ietf:params:oauth:token-type:access_token"));
        var exchange = new TokenExchangeOAuth2AuthorizedClientProvider();
        exchange.setAccessTokenResponseClient(tokenRequests);
        manager.setAuthorizedClientProvider(exchange);
        return manager;
    }

    @Bean
    IntakeDisclosureClient intakeDisclosureClient(IntakeClientProperties properties,
            OAuth2AuthorizedClientManager intakeAuthorizedClientManager) {
        RestClient restClient = RestClient.builder().baseUrl(properties.baseUrl().toString())
                .requestFactory(requests(properties)).build();
        return new IntakeDisclosureClient(restClient, intakeAuthorizedClientManager, REGISTRATION);
    }

    private static JdkClientHttpRequestFactory requests(IntakeClientProperties properties) {
        var requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.timeout()).build());
        requests.setReadTimeout(properties.timeout());
        return requests;
    }
}
