package vn.hanoi.gbv.followup.followups.adapters.web;

import jakarta.validation.Valid;
import java.time.Instant;
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
import vn.hanoi.gbv.followup.followups.application.FollowUpLookup;
import vn.hanoi.gbv.followup.followups.application.FollowUpLookup.Due;
import vn.hanoi.gbv.followup.followups.application.FollowUpRecording;
import vn.hanoi.gbv.platform.security.CurrentUser;

/** Reading follow-ups, the worklists, and recording a follow-up. */
@RestController
@RequestMapping(path = "/api/followups", produces = MediaType.APPLICATION_JSON_VALUE)
class FollowUpsController {

    private final FollowUpLookup lookup;
    private final FollowUpRecording recording;

    FollowUpsController(FollowUpLookup lookup, FollowUpRecording recording) {
        this.lookup = lookup;
        this.recording = recording;
    }

    // Not required here, so that a missing caseId is named in the problem like any other bad field.
    @GetMapping
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'WARD_VERIFIER', 'SUPERVISOR')")
    List<FollowUpView> ofCase(CurrentUser user, @RequestParam(required = false) String caseId) {
        return lookup.ofCase(user, caseId).stream().map(FollowUpView::of).toList();
    }

    /** One follow-up with its notes: the counsellors of its ward and supervisors only. */
    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'SUPERVISOR')")
    FollowUpDetailView one(CurrentUser user, @PathVariable String id) {
        return FollowUpDetailView.of(lookup.byId(user, id));
    }

    @PostMapping(path = "/{id}/record", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('COUNSELLOR')")
    RecordedView record(CurrentUser user, @PathVariable String id, @Valid @RequestBody RecordRequest body) {
        return RecordedView.of(recording.record(user, id, body.toCommand()));
    }

    /** A counsellor's open follow-ups of her ward, earliest due first. */
    @GetMapping("/worklist")
    @PreAuthorize("hasRole('COUNSELLOR')")
    PageView worklist(CurrentUser user, @RequestParam(defaultValue = "ALL") Due status,
            @RequestParam(required = false) Instant dueBefore, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return PageView.of(lookup.worklist(user, status, dueBefore, page, size), page, size);
    }

    /** A supervisor's overdue follow-ups across her scope (the city, or her ward), most overdue first. */
    @GetMapping("/overdue")
    @PreAuthorize("hasRole('SUPERVISOR')")
    PageView overdue(CurrentUser user, @RequestParam(required = false) String ward,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageView.of(lookup.overdue(user, ward, page, size), page, size);
    }
}
