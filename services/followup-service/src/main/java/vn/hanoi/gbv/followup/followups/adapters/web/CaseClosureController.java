package vn.hanoi.gbv.followup.followups.adapters.web;

import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gbv.followup.followups.application.CaseClosure;
import vn.hanoi.gbv.platform.security.CurrentUser;

/** Closing a case with four eyes, and reopening it. */
@RestController
@RequestMapping(path = "/api/followups/cases/{caseId}", produces = MediaType.APPLICATION_JSON_VALUE)
class CaseClosureController {

    private final CaseClosure closure;

    CaseClosureController(CaseClosure closure) {
        this.closure = closure;
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'SUPERVISOR')")
    CaseFileView caseFile(CurrentUser user, @PathVariable String caseId) {
        return CaseFileView.of(closure.view(user, caseId));
    }

    @PostMapping(path = "/closure-request", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('COUNSELLOR')")
    CaseFileView requestClosure(CurrentUser user, @PathVariable String caseId,
            @Valid @RequestBody ClosureRequests.Request body) {
        return CaseFileView.of(closure.request(user, caseId, body.reason(), body.explanation()));
    }

    @PostMapping("/closure-request/approval")
    @PreAuthorize("hasRole('SUPERVISOR')")
    CaseFileView approve(CurrentUser user, @PathVariable String caseId) {
        return CaseFileView.of(closure.approve(user, caseId));
    }

    @PostMapping(path = "/closure-request/rejection", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('SUPERVISOR')")
    CaseFileView reject(CurrentUser user, @PathVariable String caseId,
            @Valid @RequestBody ClosureRequests.Rejection body) {
        return CaseFileView.of(closure.reject(user, caseId, body.comment()));
    }

    @PostMapping(path = "/reopening", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('SUPERVISOR')")
    CaseFileView reopen(CurrentUser user, @PathVariable String caseId, @Valid @RequestBody ClosureRequests.Reopen body) {
        return CaseFileView.of(closure.reopen(user, caseId, body.reason(), body.explanation()));
    }
}
