package vn.hanoi.gbv.intake.cases.application;

import java.time.Clock;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.intake.cases.domain.CaseNotFound;
import vn.hanoi.gbv.intake.cases.domain.CaseScope;
import vn.hanoi.gbv.intake.cases.domain.Cases;
import vn.hanoi.gbv.intake.cases.domain.GbvCase;
import vn.hanoi.gbv.intake.cases.domain.Staff;
import vn.hanoi.gbv.intake.cases.domain.VerificationDecision;
import vn.hanoi.gbv.platform.security.CurrentUser;
import vn.hanoi.gbv.platform.security.Roles;

/** A ward verifier verifies or rejects a registered case. */
@Service
public class CaseVerification {

    private final Cases cases;
    private final CaseLookup lookup;
    private final Clock clock;

    public CaseVerification(Cases cases, CaseLookup lookup, Clock clock) {
        this.cases = cases;
        this.lookup = lookup;
        this.clock = clock;
    }

    public GbvCase decide(CurrentUser verifier, String caseId, VerificationDecision decision, String note) {
        Staff staff = Staffs.of(verifier);
        GbvCase gbvCase = cases.byId(caseId).filter(found -> CaseScope.canSee(staff, found))
                .orElseThrow(CaseNotFound::new);
        gbvCase.decide(staff, decision, note, clock.instant());
        cases.update(gbvCase, verifier.actingAs(Roles.WARD_VERIFIER));
        // The answer is the whole case: the verifier sees who the survivor is.
        lookup.recordAccess(verifier, gbvCase, CaseLookup.View.FULL);
        return gbvCase;
    }
}
