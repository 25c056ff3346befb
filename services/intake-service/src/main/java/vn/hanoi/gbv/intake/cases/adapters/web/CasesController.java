package vn.hanoi.gbv.intake.cases.adapters.web;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gbv.intake.cases.application.CaseLookup;
import vn.hanoi.gbv.intake.cases.application.CaseRegistration;
import vn.hanoi.gbv.intake.cases.application.CaseVerification;
import vn.hanoi.gbv.platform.security.CurrentUser;

/** Registering, reading and verifying cases. */
@RestController
@RequestMapping(path = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
class CasesController {

    private final CaseRegistration registration;
    private final CaseVerification verification;
    private final CaseLookup lookup;

    CasesController(CaseRegistration registration, CaseVerification verification, CaseLookup lookup) {
        this.registration = registration;
        this.verification = verification;
        this.lookup = lookup;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('COUNSELLOR')")
    ResponseEntity<CaseView> register(CurrentUser user, @Valid @RequestBody RegisterCaseRequest request) {
        var registered = registration.register(user, request.toCommand());
        return ResponseEntity.created(URI.create("/api/cases/" + registered.id())).body(CaseView.of(registered));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyRole('COUNSELLOR', 'WARD_VERIFIER', 'SUPERVISOR')")
    CaseView get(CurrentUser user, @PathVariable String id) {
        return CaseView.of(lookup.find(user, id));
    }

    @PostMapping(path = "/{id}/verification", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('WARD_VERIFIER')")
    CaseView verify(CurrentUser user, @PathVariable String id, @Valid @RequestBody VerificationRequest request) {
        return CaseView.of(verification.decide(user, id, request.decision(), request.note()));
    }
}
