package vn.hanoi.gbv.intake.cases.adapters.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.intake.cases.adapters.persistence.SurvivorBlindIndex;
import vn.hanoi.gbv.intake.cases.adapters.web.CaseRequest.ConsentPart;
import vn.hanoi.gbv.intake.cases.application.CaseAmendment;
import vn.hanoi.gbv.intake.cases.application.CaseLookup;
import vn.hanoi.gbv.intake.cases.application.CaseRegistration;
import vn.hanoi.gbv.intake.cases.application.CaseSearch;
import vn.hanoi.gbv.intake.cases.application.CaseVerification;
import vn.hanoi.gbv.intake.cases.domain.CaseFilter;
import vn.hanoi.gbv.intake.cases.domain.CasePage;
import vn.hanoi.gbv.intake.cases.domain.CaseStatus;
import vn.hanoi.gbv.intake.cases.domain.CaseSummary;
import vn.hanoi.gbv.intake.cases.domain.FieldChange;
import vn.hanoi.gbv.intake.cases.domain.GbvCase;
import vn.hanoi.gbv.platform.domain.InvalidInput;
import vn.hanoi.gbv.platform.security.CurrentUser;

/**
 * Registering, reading, listing, editing and verifying cases. Survivor data is only ever in bodies, never in a
 * URL. Every answer about one case carries its version as an ETag; edits must send it back as If-Match.
 */
@RestController
@Validated
@RequestMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
class CasesController {

    private final CaseRegistration registration;
    private final CaseVerification verification;
    private final CaseLookup lookup;
    private final CaseAmendment amendment;
    private final CaseSearch search;
    private final JsonMapper json;
    private final Clock clock;
    private final SurvivorBlindIndex keyed;

    CasesController(CaseRegistration registration, CaseVerification verification, CaseLookup lookup,
            CaseAmendment amendment, CaseSearch search, JsonMapper json, Clock clock, SurvivorBlindIndex keyed) {
        this.registration = registration;
        this.verification = verification;
        this.lookup = lookup;
        this.amendment = amendment;
        this.search = search;
        this.json = json;
        this.clock = clock;
        this.keyed = keyed;
    }

    /** 201 with the case and any earlier cases that may be the same survivor; a retry with the same key, 200. */
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('COUNSELLOR')")
    ResponseEntity<CaseView> register(CurrentUser user, @Valid @RequestBody RegisterCaseRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        if (idempotencyKey != null && !idempotencyKey.matches("[A-Za-z0-9_-]{8,128}")) {
            throw new InvalidInput("Idempotency-Key", "problem.idempotency.key-format");
        }
        var result = registration.register(user, request.toDetails(user.id(), clock.instant()), idempotencyKey,
                fingerprint(request));
        GbvCase registered = result.registered();
        return ResponseEntity.status(result.replayed() ? HttpStatus.OK : HttpStatus.CREATED)
                .location(URI.create("/api/cases/" + registered.id()))
                .eTag(etag(registered))
                .body(CaseView.of(registered, result.possibleDuplicates()));
    }

    @GetMapping
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'WARD_VERIFIER', 'SUPERVISOR')")
    CasePage list(CurrentUser user, @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) String ward, @RequestParam(required = false) RiskLevel risk,
            @RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw new InvalidInput("from", "problem.list.period");
        }
        return search.list(user, new CaseFilter(null, status, risk, from, to), ward, page, size);
    }

    @PostMapping(path = "/search", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'WARD_VERIFIER', 'SUPERVISOR')")
    List<CaseSummary> searchSurvivor(CurrentUser user, @Valid @RequestBody SurvivorSearchRequest request) {
        return search.findSurvivor(user, request.ward(), request.toProbe());
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'WARD_VERIFIER', 'SUPERVISOR')")
    ResponseEntity<CaseView> get(CurrentUser user, @PathVariable String id) {
        GbvCase gbvCase = lookup.read(user, id, CaseLookup.View.FULL);
        return ResponseEntity.ok().eTag(etag(gbvCase)).body(CaseView.of(gbvCase));
    }

    @GetMapping("/{id}/history")
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'WARD_VERIFIER', 'SUPERVISOR')")
    List<FieldChange> history(CurrentUser user, @PathVariable String id) {
        return lookup.read(user, id, CaseLookup.View.HISTORY).changes();
    }

    @PatchMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'SUPERVISOR')")
    ResponseEntity<CaseView> amend(CurrentUser user, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody AmendCaseRequest request) {
        GbvCase amended = amendment.amend(user, id, version(ifMatch), request::applyTo);
        return ResponseEntity.ok().eTag(etag(amended)).body(CaseView.of(amended));
    }

    @PutMapping(path = "/{id}/consent", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('COUNSELLOR')")
    ResponseEntity<CaseView> changeConsent(CurrentUser user, @PathVariable String id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @Valid @RequestBody ConsentPart request) {
        GbvCase changed = amendment.changeConsent(user, id, version(ifMatch),
                request.toConsent(user.id(), clock.instant()));
        return ResponseEntity.ok().eTag(etag(changed)).body(CaseView.of(changed));
    }

    @PostMapping(path = "/{id}/links", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('COUNSELLOR')")
    ResponseEntity<CaseView> link(CurrentUser user, @PathVariable String id, @Valid @RequestBody LinkRequest request) {
        GbvCase linked = amendment.link(user, id, request.caseId());
        return ResponseEntity.ok().eTag(etag(linked)).body(CaseView.of(linked));
    }

    @PostMapping(path = "/{id}/verification", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('WARD_VERIFIER')")
    ResponseEntity<CaseView> verify(CurrentUser user, @PathVariable String id,
            @Valid @RequestBody VerificationRequest request) {
        if (request.decision() == vn.hanoi.gbv.intake.cases.domain.VerificationDecision.REJECTED
                && (request.note() == null || request.note().isBlank())) {
            throw new InvalidInput("note", "problem.verification.reason-required");
        }
        GbvCase decided = verification.decide(user, id, request.decision(), request.note());
        return ResponseEntity.ok().eTag(etag(decided)).body(CaseView.of(decided));
    }

    private static String etag(GbvCase gbvCase) {
        return "\"" + gbvCase.version() + "\"";
    }

    /** The version an If-Match names; a malformed one can match nothing, so it fails like a stale one. */
    private static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            return -1L;
        }
    }

    /**
     * Identifies the request's content, so a reused Idempotency-Key with another body is caught. Keyed (see
     * {@link SurvivorBlindIndex#requestFingerprint}): stored beside the case, a plain digest of the body would let
     * whoever copies the database test a guessed survivor against it.
     */
    private String fingerprint(RegisterCaseRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return keyed.requestFingerprint(HexFormat.of().formatHex(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
