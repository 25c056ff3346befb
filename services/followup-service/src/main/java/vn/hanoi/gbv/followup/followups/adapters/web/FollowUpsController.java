package vn.hanoi.gbv.followup.followups.adapters.web;

import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gbv.followup.followups.application.FollowUpLookup;
import vn.hanoi.gbv.platform.security.CurrentUser;

/** Reading a case's follow-ups. */
@RestController
@RequestMapping(path = "/api/followups", produces = MediaType.APPLICATION_JSON_VALUE)
class FollowUpsController {

    private final FollowUpLookup lookup;

    FollowUpsController(FollowUpLookup lookup) {
        this.lookup = lookup;
    }

    // Not required here, so that a missing caseId is named in the problem like any other bad field.
    @GetMapping
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'WARD_VERIFIER', 'SUPERVISOR')")
    List<FollowUpView> ofCase(CurrentUser user, @RequestParam(required = false) String caseId) {
        return lookup.ofCase(user, caseId).stream().map(FollowUpView::of).toList();
    }
}
