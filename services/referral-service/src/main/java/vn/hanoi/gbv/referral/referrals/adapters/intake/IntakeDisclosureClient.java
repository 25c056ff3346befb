package vn.hanoi.gbv.referral.referrals.adapters.intake;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;
import org.springframework.web.client.RestClientResponseException;
import tools.jackson.databind.JsonNode;
import vn.hanoi.gbv.platform.domain.NotFound;
import vn.hanoi.gbv.referral.referrals.application.SurvivorContacts;

/**
 * Calls {@code GET {intake}/api/cases/{id}/disclosure} with a token obtained for the officer making the request
 * (token exchange of her own token: she is its subject, this service its actor). The call carries nothing else:
 * intake takes the officer and her agency from that token and checks the open referral itself. Nothing of the
 * answer is logged or kept; exceptions name the status only, never the body.
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
    public JsonNode disclose(String caseId) {
        String token = tokenForTheOfficer();
        try {
            return intake.get()
                    .uri(uri -> uri.path("/api/cases/{id}/disclosure").build(caseId))
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

    /** The officer's token exchanged for one this service may use for her; her request's authentication is the subject. */
    private String tokenForTheOfficer() {
        Authentication officer = SecurityContextHolder.getContext().getAuthentication();
        if (officer == null) {
            throw new IntakeUnavailable("no officer to ask for", null);
        }
        try {
            OAuth2AuthorizedClient client = authorizedClients.authorize(OAuth2AuthorizeRequest
                    .withClientRegistrationId(registrationId).principal(officer).build());
            if (client == null) {
                throw new IntakeUnavailable("no exchanged token", null);
            }
            return client.getAccessToken().getTokenValue();
        } catch (RuntimeException e) {
            if (e instanceof IntakeUnavailable unavailable) {
                throw unavailable;
            }
            throw new IntakeUnavailable("no exchanged token (" + e.getClass().getSimpleName() + ")", null);
        }
    }
}
