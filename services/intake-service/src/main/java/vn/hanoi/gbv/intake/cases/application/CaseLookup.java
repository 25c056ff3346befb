package vn.hanoi.gbv.intake.cases.application;

import org.springframework.stereotype.Service;
import vn.hanoi.gbv.intake.cases.domain.CaseNotFound;
import vn.hanoi.gbv.intake.cases.domain.CaseScope;
import vn.hanoi.gbv.intake.cases.domain.Cases;
import vn.hanoi.gbv.intake.cases.domain.GbvCase;
import vn.hanoi.gbv.platform.security.CurrentUser;

/** Reads one case for someone whose scope covers it; for anyone else it does not exist. */
@Service
public class CaseLookup {

    private final Cases cases;

    public CaseLookup(Cases cases) {
        this.cases = cases;
    }

    public GbvCase find(CurrentUser user, String caseId) {
        return cases.byId(caseId).filter(found -> CaseScope.canSee(Staffs.of(user), found))
                .orElseThrow(CaseNotFound::new);
    }
}
