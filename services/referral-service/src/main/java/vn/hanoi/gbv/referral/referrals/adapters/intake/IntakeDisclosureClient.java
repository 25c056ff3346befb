package vn.hanoi.gbv.referral.referrals.adapters.intake;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.platform.domain.NotFound;
import vn.hanoi.gbv.referral.referrals.application.SurvivorContacts;

/**
 * Calls {@code GET {intake}/api/cases/{id}/disclosure} with this service's client-credentials token. Nothing of
 * the answer is logged or kept; exceptions name the status only, never the body.
 */
public class IntakeDisclosureClient implements SurvivorContacts {

    private final RestClient intake;
    private final OAuth2AuthorizedClientManager authorizedClients;
    private final String registrationId;

    public IntakeDisclosureClient(RestClient intake, OAuth2AuthorizedClientManager authorizedClients,
            String registrationId) {
        this.intake = intake;
        this.authorizedClients = authorizedClients;
        this.registrationId = registrationId;
    }

    @Override
    public JsonNode disclose(String caseId, String agencyId, AgencyType agencyType, String onBehalfOf) {
        String token = serviceToken();
        try {
            return intake.get()
                    .uri(uri -> uri.path("/api/cases/{id}/disclosure").queryParam("agencyId", agencyId)
                            .queryParam("agencyType", agencyType).queryParam("onBehalfOf", onBehalfOf).build(caseId))
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .accept(MediaType.APPLICATION_JSON)
                    .retrieve()
                    .body(JsonNode.class);
        } catch (RestClientResponseException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.FORBIDDEN)) {
                throw new DisclosureRefused();
            }
            if (e.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                throw new NotFound("case");
            }
            throw new IntakeUnavailable("intake answered " + e.getStatusCode().value(), null);
        } catch (RestClientException e) {
            throw new IntakeUnavailable("intake could not be reached (" + e.getClass().getSimpleName() + ")", null);
        }
    }

    private String serviceToken() {
        try {
            OAuth2AuthorizedClient client = authorizedClients.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(registrationId).principal(registrationId).build());
            if (client == null) {
                throw new IntakeUnavailable("no service token", null);
            }
            return client.getAccessToken().getTokenValue();
        } catch (RuntimeException e) {
            if (e instanceof IntakeUnavailable unavailable) {
                throw unavailable;
            }
            throw new IntakeUnavailable("no service token (" + e.getClass().getSimpleName() + ")", null);
        }
    }
}
