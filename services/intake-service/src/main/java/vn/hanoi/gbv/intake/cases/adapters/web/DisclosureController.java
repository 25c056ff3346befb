package vn.hanoi.gbv.intake.cases.adapters.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gbv.intake.cases.application.SurvivorDisclosure;
import vn.hanoi.gbv.intake.cases.domain.Disclosure;
import vn.hanoi.gbv.platform.security.ActingClient;
import vn.hanoi.gbv.platform.security.CurrentUser;

/**
 * "Open contact details" of an agency officer, asked by the referral service with a token it obtained for her by
 * token exchange: the survivor fields her agency may see under the survivor's consent. The request carries no
 * parameters: who asks, and for which agency, is in the token's signed claims. Answers are never cached anywhere
 * on the way.
 */
@RestController
@RequestMapping(path = "/api/cases/{id}/disclosure", produces = MediaType.APPLICATION_JSON_VALUE)
class DisclosureController {

    private final SurvivorDisclosure disclosure;

    DisclosureController(SurvivorDisclosure disclosure) {
        this.disclosure = disclosure;
    }

    @GetMapping
    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    ResponseEntity<Disclosure> disclose(CurrentUser officer, @AuthenticationPrincipal Jwt token,
            @PathVariable String id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(disclosure.disclose(officer, ActingClient.of(token), id));
    }
}
