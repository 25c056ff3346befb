package vn.hanoi.gbv.intake.cases.adapters.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.intake.cases.application.SurvivorDisclosure;
import vn.hanoi.gbv.intake.cases.domain.Disclosure;
import vn.hanoi.gbv.platform.security.CurrentUser;

/**
 * For the referral service only (client credentials, role SERVICE): the survivor fields an agency may see
 * under her consent. Answers are never cached anywhere on the way.
 */
@RestController
@Validated
@RequestMapping(path = "/api/cases/{id}/disclosure", produces = MediaType.APPLICATION_JSON_VALUE)
class DisclosureController {

    private final SurvivorDisclosure disclosure;

    DisclosureController(SurvivorDisclosure disclosure) {
        this.disclosure = disclosure;
    }

    @GetMapping
    @PreAuthorize("hasRole('SERVICE')")
    ResponseEntity<Disclosure> disclose(CurrentUser service, @PathVariable String id,
            @RequestParam @NotBlank @Pattern(regexp = "[a-z0-9-]{1,64}") String agencyId,
            @RequestParam AgencyType agencyType,
            @RequestParam @NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{1,128}") String onBehalfOf) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(disclosure.disclose(service, id, agencyId, agencyType, onBehalfOf));
    }
}
