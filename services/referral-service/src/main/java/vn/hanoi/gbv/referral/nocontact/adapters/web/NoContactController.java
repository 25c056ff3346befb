package vn.hanoi.gbv.referral.nocontact.adapters.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import vn.hanoi.gbv.referral.nocontact.application.NoContactDecisions;

/**
 * The People's Committee no-contact decision (Law 13/2022/QH15, Art. 25): file a request, read a case's
 * requests, record the chair's decision, cancel it. Roles are checked here; the ward scope is
 * {@link vn.hanoi.gbv.referral.nocontact.domain.NoContactScope}'s rule and the time rules are
 * {@link vn.hanoi.gbv.referral.nocontact.domain.NoContactRules}'.
 */
@RestController
@RequestMapping(path = "/api/no-contact", produces = MediaType.APPLICATION_JSON_VALUE)
class NoContactController {

    private final NoContactDecisions decisions;

    NoContactController(NoContactDecisions decisions) {
        this.decisions = decisions;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'AGENCY_OFFICER')")
    ResponseEntity<NoContactView> file(CurrentUser user, @Valid @RequestBody FileNoContactRequest request) {
        var filed = decisions.file(user, request.caseId(), request.onBehalfOf(),
                Boolean.TRUE.equals(request.survivorRefuses()));
        return ResponseEntity.created(URI.create("/api/no-contact/" + filed.id())).body(NoContactView.of(filed));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'AGENCY_OFFICER', 'COMMITTEE_OFFICER', 'SUPERVISOR')")
    List<NoContactView> ofCase(CurrentUser user, @RequestParam(required = false) String caseId) {
        if (caseId == null || caseId.isBlank()) {
            throw new InvalidInput("caseId", "problem.referral.case-id-required");
        }
        return decisions.ofCase(user, caseId).stream().map(NoContactView::of).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'AGENCY_OFFICER', 'COMMITTEE_OFFICER', 'SUPERVISOR')")
    NoContactView get(CurrentUser user, @PathVariable String id) {
        return NoContactView.of(decisions.find(user, id));
    }

    @PostMapping(path = "/{id}/decision", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('COMMITTEE_OFFICER')")
    NoContactView decide(CurrentUser officer, @PathVariable String id, @Valid @RequestBody DecisionRequest request) {
        var decided = request.outcome() == DecisionRequest.Outcome.ISSUED
                ? decisions.issue(officer, id, request.validFrom(), request.validUntil(), request.recipients())
                : decisions.refuse(officer, id, request.reasons());
        return NoContactView.of(decided);
    }

    @PostMapping(path = "/{id}/cancel", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('COMMITTEE_OFFICER')")
    NoContactView cancel(CurrentUser officer, @PathVariable String id, @Valid @RequestBody CancelRequest request) {
        return NoContactView.of(decisions.cancel(officer, id, request.cause()));
    }
}
