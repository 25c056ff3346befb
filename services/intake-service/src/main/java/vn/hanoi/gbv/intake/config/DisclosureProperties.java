package vn.hanoi.gbv.intake.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may ask for a survivor's contact details.
 *
 * @param actingClient the client id of the referral service at the authorization server. The disclosure endpoint
 *                     takes only an agency officer's token that this client obtained for her by token exchange:
 *                     the token's {@code act.sub} (RFC 8693; Keycloak's standard exchange names it in
 *                     {@code azp}) must be this client. The officer and her agency come from the token's signed
 *                     claims, never from the request.
 */
@ConfigurationProperties("gbv.intake.disclosure")
public record DisclosureProperties(@DefaultValue("referral-service") String actingClient) {
}
