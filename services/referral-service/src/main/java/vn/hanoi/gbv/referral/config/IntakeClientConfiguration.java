package vn.hanoi.gbv.referral.config;

import java.net.http.HttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.security.oauth2.client.AuthorizedClientServiceOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.InMemoryOAuth2AuthorizedClientService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.client.RestClient;
import vn.hanoi.gbv.referral.referrals.adapters.intake.IntakeDisclosureClient;

/**
 * The client for intake's disclosure endpoint. The client-credentials registration is built here from
 * {@link IntakeClientProperties} rather than by Boot's OAuth2 client starter, whose auto-configuration would also
 * apply to the other services sharing the local stack's classpath. The service token is kept until it expires
 * (it identifies this service, not a survivor); the disclosed fields are never kept.
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
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .tokenUri(properties.tokenUri().toString())
                .build();
        var registrations = new InMemoryClientRegistrationRepository(registration);
        var manager = new AuthorizedClientServiceOAuth2AuthorizedClientManager(registrations,
                new InMemoryOAuth2AuthorizedClientService(registrations));
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder().clientCredentials().build());
        return manager;
    }

    @Bean
    IntakeDisclosureClient intakeDisclosureClient(IntakeClientProperties properties,
            OAuth2AuthorizedClientManager intakeAuthorizedClientManager) {
        var requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(properties.timeout()).build());
        requests.setReadTimeout(properties.timeout());
        RestClient restClient = RestClient.builder().baseUrl(properties.baseUrl().toString()).requestFactory(requests)
                .build();
        return new IntakeDisclosureClient(restClient, intakeAuthorizedClientManager, REGISTRATION);
    }
}
