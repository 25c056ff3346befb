package vn.hanoi.gbv.intake.cases.application;

import java.time.Clock;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.intake.cases.domain.CaseDetails;
import vn.hanoi.gbv.intake.cases.domain.Cases;
import vn.hanoi.gbv.intake.cases.domain.Consent;
import vn.hanoi.gbv.intake.cases.domain.GbvCase;
import vn.hanoi.gbv.platform.domain.Forbidden;
import vn.hanoi.gbv.platform.domain.InvalidInput;
import vn.hanoi.gbv.platform.domain.PreconditionFailed;
import vn.hanoi.gbv.platform.domain.PreconditionRequired;
import vn.hanoi.gbv.platform.security.CurrentUser;
import vn.hanoi.gbv.platform.security.Roles;

/**
 * Edits of a case by its ward's counsellor or a supervisor: details, consent, and links to other cases. Every
 * edit names the version it was made on (If-Match); an edit of an older version is refused with 412. Each answers
 * with the whole case, so each is also recorded as an access.
 */
@Service
public class CaseAmendment {

    private final Cases cases;
    private final CaseLookup lookup;
    private final Clock clock;

    public CaseAmendment(Cases cases, CaseLookup lookup, Clock clock) {
        this.cases = cases;
        this.lookup = lookup;
        this.clock = clock;
    }

    /** Applies {@code change} to the current details; the result replaces them. */
    public GbvCase amend(CurrentUser editor, String caseId, Long expectedVersion, UnaryOperator<CaseDetails> change) {
        GbvCase gbvCase = editable(editor, caseId, expectedVersion);
        gbvCase.amend(Staffs.of(editor), change.apply(gbvCase.details()), clock.instant());
        cases.update(gbvCase, actor(editor));
        lookup.recordAccess(editor, gbvCase, CaseLookup.View.FULL);
        return gbvCase;
    }

    public GbvCase changeConsent(CurrentUser counsellor, String caseId, Long expectedVersion, Consent consent) {
        GbvCase gbvCase = editable(counsellor, caseId, expectedVersion);
        gbvCase.changeConsent(Staffs.of(counsellor), consent, clock.instant());
        cases.update(gbvCase, actor(counsellor));
        lookup.recordAccess(counsellor, gbvCase, CaseLookup.View.FULL);
        return gbvCase;
    }

    public GbvCase link(CurrentUser counsellor, String caseId, String otherCaseId) {
        GbvCase gbvCase = lookup.visible(counsellor, caseId);
        GbvCase other;
        try {
            other = lookup.visible(counsellor, otherCaseId);
        } catch (RuntimeException notVisible) {
            throw new InvalidInput("caseId", "problem.link.unknown");
        }
        if (!other.ward().equals(gbvCase.ward())) {
            throw new InvalidInput("caseId", "problem.link.unknown");
        }
        gbvCase.linkTo(other.id());
        cases.update(gbvCase, actor(counsellor));
        lookup.recordAccess(counsellor, gbvCase, CaseLookup.View.FULL);
        return gbvCase;
    }

    private GbvCase editable(CurrentUser editor, String caseId, Long expectedVersion) {
        GbvCase gbvCase = lookup.visible(editor, caseId);
        if (!editor.hasRole(Roles.COUNSELLOR) && !editor.hasRole(Roles.SUPERVISOR)) {
            throw new Forbidden("problem.forbidden");
        }
        if (expectedVersion == null) {
            throw new PreconditionRequired();
        }
        if (expectedVersion != gbvCase.version()) {
            throw new PreconditionFailed();
        }
        return gbvCase;
    }

    private static vn.hanoi.gbv.events.Actor actor(CurrentUser user) {
        return user.asActor(Roles.COUNSELLOR, Roles.SUPERVISOR);
    }
}
