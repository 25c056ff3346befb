package vn.hanoi.gbv.referral.referrals.adapters.web;

import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import vn.hanoi.gbv.platform.domain.InvalidInput;
import vn.hanoi.gbv.platform.security.CurrentUser;
import vn.hanoi.gbv.platform.web.ProblemWriter;
import vn.hanoi.gbv.referral.referrals.application.ConsentOverrides;
import vn.hanoi.gbv.referral.referrals.application.ContactDetails;
import vn.hanoi.gbv.referral.referrals.application.ReferralDecisions;
import vn.hanoi.gbv.referral.referrals.application.ReferralLookup;
import vn.hanoi.gbv.referral.referrals.application.ReferralNotes;
import vn.hanoi.gbv.referral.referrals.application.SurvivorContacts.IntakeUnavailable;
import vn.hanoi.gbv.referral.referrals.domain.Referral;

/**
 * An agency's inbox, the referrals of a case, every step of a referral's life, notes for the agency, consent
 * overrides and "open contact details". Every referral answered carries the notes its reader may read. Roles are
 * checked here; which referrals a role may see is
 * {@link vn.hanoi.gbv.referral.referrals.domain.ReferralScope}'s rule, and who may take which step is
 * {@link vn.hanoi.gbv.referral.referrals.domain.Referral}'s.
 */
@RestController
@RequestMapping(path = "/api/referrals", produces = MediaType.APPLICATION_JSON_VALUE)
class ReferralsController {

    private static final String OFFICERS = "hasAnyRole('AGENCY_OFFICER', 'COMMITTEE_OFFICER')";

    private final ReferralLookup lookup;
    private final ReferralDecisions decisions;
    private final ConsentOverrides overrides;
    private final ContactDetails contactDetails;
    private final ReferralNotes notes;
    private final ProblemWriter problems;

    ReferralsController(ReferralLookup lookup, ReferralDecisions decisions, ConsentOverrides overrides,
            ContactDetails contactDetails, ReferralNotes notes, ProblemWriter problems) {
        this.lookup = lookup;
        this.decisions = decisions;
        this.overrides = overrides;
        this.contactDetails = contactDetails;
        this.notes = notes;
        this.problems = problems;
    }

    /** The referral as {@code reader} sees it: with the notes, if the reader may read them. */
    private ReferralView view(CurrentUser reader, Referral referral) {
        return ReferralView.of(referral, notes.readableBy(reader, referral));
    }

    @GetMapping("/inbox")
    @PreAuthorize(OFFICERS)
    List<ReferralView> inbox(CurrentUser officer) {
        return lookup.inbox(officer).stream().map(referral -> view(officer, referral)).toList();
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'COUNSELLOR', 'WARD_VERIFIER', 'AGENCY_OFFICER', 'COMMITTEE_OFFICER')")
    List<ReferralView> ofCase(CurrentUser user, @RequestParam(required = false) String caseId) {
        // Checked here rather than by Spring, so the problem names the parameter like any other bad field.
        if (caseId == null || caseId.isBlank()) {
            throw new InvalidInput("caseId", "problem.referral.case-id-required");
        }
        return lookup.ofCase(user, caseId).stream().map(referral -> view(user, referral)).toList();
    }

    /** Declined referrals that no other agency of their type could take: for a supervisor to place by hand. */
    @GetMapping("/supervisor-queue")
    @PreAuthorize("hasRole('SUPERVISOR')")
    List<ReferralView> supervisorQueue(CurrentUser supervisor) {
        return lookup.supervisorQueue().stream().map(referral -> view(supervisor, referral)).toList();
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('SUPERVISOR', 'COUNSELLOR', 'WARD_VERIFIER', 'AGENCY_OFFICER', 'COMMITTEE_OFFICER')")
    ReferralView get(CurrentUser user, @PathVariable String id) {
        return view(user, lookup.find(user, id));
    }

    @PostMapping("/{id}/acknowledge")
    @PreAuthorize(OFFICERS)
    ReferralView acknowledge(CurrentUser officer, @PathVariable String id) {
        return view(officer, decisions.acknowledge(officer, id));
    }

    @PostMapping("/{id}/accept")
    @PreAuthorize(OFFICERS)
    ReferralView accept(CurrentUser officer, @PathVariable String id) {
        return view(officer, decisions.accept(officer, id));
    }

    @PostMapping(path = "/{id}/complete", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(OFFICERS)
    ReferralView complete(CurrentUser officer, @PathVariable String id, @Valid @RequestBody CompleteRequest request) {
        return view(officer, decisions.complete(officer, id, request.outcome()));
    }

    @PostMapping(path = "/{id}/decline", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(OFFICERS)
    ReferralView decline(CurrentUser officer, @PathVariable String id, @Valid @RequestBody DeclineRequest request) {
        return view(officer, decisions.decline(officer, id, request.reason()));
    }

    @PostMapping(path = "/{id}/revoke", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'SUPERVISOR')")
    ReferralView revoke(CurrentUser user, @PathVariable String id, @Valid @RequestBody RevokeRequest request) {
        return view(user, decisions.revoke(user, id, request.cause()));
    }

    /**
     * A note for the receiving agency, by the case's counsellor (ward claim = the referral's ward) or a
     * supervisor, while the referral is open: 201 with the referral and its notes. The text is stored encrypted;
     * the event ReferralNoteAdded says only that a note was added.
     */
    @PostMapping(path = "/{id}/notes", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'SUPERVISOR')")
    ResponseEntity<ReferralView> addNote(CurrentUser user, @PathVariable String id,
            @Valid @RequestBody NoteRequest request) {
        Referral referral = notes.add(user, id, request.text());
        return ResponseEntity.created(URI.create("/api/referrals/" + referral.id())).body(view(user, referral));
    }

    @PostMapping(path = "/consent-overrides", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('SUPERVISOR')")
    ResponseEntity<ReferralView> overrideConsent(CurrentUser supervisor,
            @Valid @RequestBody ConsentOverrideRequest request) {
        var referral = overrides.override(supervisor, request.caseId(), request.agencyType(), request.legalBasis());
        return ResponseEntity.created(URI.create("/api/referrals/" + referral.id())).body(view(supervisor, referral));
    }

    /**
     * The survivor's contact details for the receiving agency's officer, fetched from intake now (which checks
     * consent and records the read) and never stored or cached on the way: {@code Cache-Control: no-store}.
     */
    @PostMapping("/{id}/contact-details")
    @PreAuthorize("hasRole('AGENCY_OFFICER')")
    ResponseEntity<JsonNode> contactDetails(CurrentUser officer, @PathVariable String id) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).header("Pragma", "no-cache")
                .body(contactDetails.open(officer, id));
    }

    @ExceptionHandler(IntakeUnavailable.class)
    ResponseEntity<ProblemDetail> intakeUnavailable(IntakeUnavailable e) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).cacheControl(CacheControl.noStore())
                .body(problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "problem.referral.intake-unavailable", null,
                        LocaleContextHolder.getLocale(), List.of()));
    }
}
