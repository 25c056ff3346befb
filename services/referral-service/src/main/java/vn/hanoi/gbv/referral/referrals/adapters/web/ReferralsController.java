package vn.hanoi.gbv.referral.referrals.adapters.web;

import jakarta.validation.Valid;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gbv.platform.domain.InvalidInput;
import vn.hanoi.gbv.platform.security.CurrentUser;
import vn.hanoi.gbv.referral.referrals.application.ReferralDecisions;
import vn.hanoi.gbv.referral.referrals.application.ReferralLookup;

/**
 * An agency's inbox, the referrals of a case, and accepting or declining. Roles are checked here; which
 * referrals a role may see is {@link vn.hanoi.gbv.referral.referrals.domain.ReferralScope}'s rule.
 */
@RestController
@RequestMapping(path = "/api/referrals", produces = MediaType.APPLICATION_JSON_VALUE)
class ReferralsController {

    private final ReferralLookup lookup;
    private final ReferralDecisions decisions;

    ReferralsController(ReferralLookup lookup, ReferralDecisions decisions) {
        this.lookup = lookup;
        this.decisions = decisions;
    }

    @GetMapping("/inbox")
    @PreAuthorize("hasAnyRole('AGENCY_OFFICER', 'COMMITTEE_OFFICER')")
    List<ReferralView> inbox(CurrentUser officer) {
        return lookup.inbox(officer).stream().map(ReferralView::of).toList();
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'COUNSELLOR', 'WARD_VERIFIER', 'AGENCY_OFFICER', 'COMMITTEE_OFFICER')")
    List<ReferralView> ofCase(CurrentUser user, @RequestParam(required = false) String caseId) {
        // Checked here rather than by Spring, so the problem names the parameter like any other bad field.
        if (caseId == null || caseId.isBlank()) {
            throw new InvalidInput("caseId", "problem.referral.case-id-required");
        }
        return lookup.ofCase(user, caseId).stream().map(ReferralView::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'COUNSELLOR', 'WARD_VERIFIER', 'AGENCY_OFFICER', 'COMMITTEE_OFFICER')")
    ReferralView get(CurrentUser user, @PathVariable String id) {
        return ReferralView.of(lookup.find(user, id));
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize("hasAnyRole('AGENCY_OFFICER', 'COMMITTEE_OFFICER')")
    ReferralView accept(CurrentUser officer, @PathVariable String id) {
        return ReferralView.of(decisions.accept(officer, id));
    }

    @PostMapping(path = "/{id}/decline", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('AGENCY_OFFICER', 'COMMITTEE_OFFICER')")
    ReferralView decline(CurrentUser officer, @PathVariable String id, @Valid @RequestBody DeclineRequest request) {
        return ReferralView.of(decisions.decline(officer, id, request.reason()));
    }
}
