package vn.hanoi.gbv.intake.cases.application;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.events.intake.CaseAccessed;
import vn.hanoi.gbv.intake.cases.domain.CaseNotFound;
import vn.hanoi.gbv.intake.cases.domain.CaseScope;
import vn.hanoi.gbv.intake.cases.domain.Cases;
import vn.hanoi.gbv.intake.cases.domain.GbvCase;
import vn.hanoi.gbv.platform.security.CurrentUser;
import vn.hanoi.gbv.platform.security.Roles;

/**
 * Reads a case for someone whose scope covers it, and leaves a trace: every read of a case by a person is an
 * access event on the audit timeline (who, in which role, what view). For anyone else the case does not exist.
 */
@Service
public class CaseLookup {

    /** What a person saw: the whole case with the survivor's identity, or its change history. */
    public enum View { FULL, HISTORY }

    private final Cases cases;

    public CaseLookup(Cases cases) {
        this.cases = cases;
    }

    public GbvCase read(CurrentUser user, String caseId, View view) {
        GbvCase gbvCase = visible(user, caseId);
        recordAccess(user, gbvCase, view);
        return gbvCase;
    }

    /**
     * Records that {@code user} is shown the case: every answer that carries the survivor's identity is an access,
     * whatever the method (a verification, an edit, even one that changed nothing, a consent change, a link, a
     * replayed registration all answer with the whole case). Called before the answer is given, so none goes out
     * without its trace.
     */
    public void recordAccess(CurrentUser user, GbvCase gbvCase, View view) {
        cases.record(gbvCase.id(), List.of(new CaseAccessed(gbvCase.id(), gbvCase.ward(), view.name())),
                user.asActor(Roles.SUPERVISOR, Roles.WARD_VERIFIER, Roles.COUNSELLOR));
    }

    /** The case if this user's scope covers it; otherwise "not found", whether or not it exists. */
    GbvCase visible(CurrentUser user, String caseId) {
        return cases.byId(caseId).filter(found -> CaseScope.canSee(Staffs.of(user), found))
                .orElseThrow(CaseNotFound::new);
    }
}
