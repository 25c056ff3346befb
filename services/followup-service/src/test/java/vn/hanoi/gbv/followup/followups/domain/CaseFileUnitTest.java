package vn.hanoi.gbv.followup.followups.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.followup.CaseClosed;
import vn.hanoi.gbv.events.followup.CaseClosureRejected;
import vn.hanoi.gbv.events.followup.CaseClosureRequested;
import vn.hanoi.gbv.events.followup.CaseReopened;
import vn.hanoi.gbv.events.followup.ClosureCause;
import vn.hanoi.gbv.events.followup.ReopenCause;
import vn.hanoi.gbv.platform.domain.Conflict;
import vn.hanoi.gbv.platform.domain.Forbidden;
import vn.hanoi.gbv.platform.domain.InvalidInput;

/** Closing a case takes four eyes; reopening takes a supervisor. */
class CaseFileUnitTest {

    private static final Instant AT = Instant.parse("2026-11-20T08:00:00Z");
    private static final Staff LAN = new Staff("lan", Set.of(Staff.COUNSELLOR), "hoan-kiem");
    private static final Staff SUP = new Staff("sup", Set.of(Staff.SUPERVISOR), null);
    // Holds both roles: four eyes are about people, not roles.
    private static final Staff LAN_AS_SUPERVISOR = new Staff("lan", Set.of(Staff.SUPERVISOR, Staff.COUNSELLOR), null);

    private final CaseFile caseFile = CaseFile.opened("case-1", "hoan-kiem", RiskLevel.HIGH, AT);

    @Test
    void aCounsellorAsksAndAnotherPersonApproves() {
        caseFile.requestClosure(LAN, ClosureCause.SERVICES_COMPLETED, null, AT);
        caseFile.approveClosure(SUP, AT);

        assertThat(caseFile.isClosed()).isTrue();
        assertThat(caseFile.decisions()).singleElement().satisfies(d -> assertThat(d.approved()).isTrue());
        assertThat(caseFile.pendingEvents()).containsExactly(
                new CaseClosureRequested("case-1", "hoan-kiem", ClosureCause.SERVICES_COMPLETED),
                new CaseClosed("case-1", "hoan-kiem", ClosureCause.SERVICES_COMPLETED, "lan"));
    }

    @Test
    void whoeverAskedCannotApproveOrRejectHerOwnRequest() {
        caseFile.requestClosure(LAN, ClosureCause.LOST_CONTACT, null, AT);

        assertThatThrownBy(() -> caseFile.approveClosure(LAN_AS_SUPERVISOR, AT)).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> caseFile.rejectClosure(LAN_AS_SUPERVISOR, "no", AT)).isInstanceOf(Forbidden.class);
        assertThat(caseFile.status()).isEqualTo(CaseFileStatus.CLOSURE_REQUESTED);
    }

    @Test
    void aRejectionNeedsACommentAndLeavesTheCaseOpen() {
        caseFile.requestClosure(LAN, ClosureCause.SURVIVOR_REQUEST, null, AT);

        assertThatThrownBy(() -> caseFile.rejectClosure(SUP, " ", AT)).isInstanceOf(InvalidInput.class);
        caseFile.rejectClosure(SUP, "Legal aid has not reached her yet", AT);

        assertThat(caseFile.status()).isEqualTo(CaseFileStatus.OPEN);
        assertThat(caseFile.decisions()).singleElement()
                .satisfies(d -> assertThat(d.comment()).isEqualTo("Legal aid has not reached her yet"));
        assertThat(caseFile.pendingEvents()).last()
                .isEqualTo(new CaseClosureRejected("case-1", "hoan-kiem", ClosureCause.SURVIVOR_REQUEST));
    }

    @Test
    void otherNeedsAnExplanationAndOnlyOtherKeepsOne() {
        assertThatThrownBy(() -> caseFile.requestClosure(LAN, ClosureCause.OTHER, null, AT))
                .isInstanceOf(InvalidInput.class);
        caseFile.requestClosure(LAN, ClosureCause.OTHER, "moved abroad with her mother", AT);
        assertThat(caseFile.pendingClosure().explanation()).isEqualTo("moved abroad with her mother");

        CaseFile other = CaseFile.opened("case-2", "hoan-kiem", RiskLevel.LOW, AT);
        other.requestClosure(LAN, ClosureCause.RELOCATED, "ignored", AT);
        assertThat(other.pendingClosure().explanation()).isNull();
    }

    @Test
    void decisionsNeedAPendingRequestAndASecondRequestWaits() {
        assertThatThrownBy(() -> caseFile.approveClosure(SUP, AT)).isInstanceOf(Conflict.class);
        caseFile.requestClosure(LAN, ClosureCause.TRANSFERRED, null, AT);
        assertThatThrownBy(() -> caseFile.requestClosure(LAN, ClosureCause.TRANSFERRED, null, AT))
                .isInstanceOf(Conflict.class);
    }

    @Test
    void onlyAClosedCaseIsReopenedAndThenItCanBeClosedAgain() {
        assertThatThrownBy(() -> caseFile.reopen(SUP, ReopenCause.NEW_INCIDENT, null, AT)).isInstanceOf(Conflict.class);
        caseFile.requestClosure(LAN, ClosureCause.SERVICES_COMPLETED, null, AT);
        caseFile.approveClosure(SUP, AT);

        assertThat(caseFile.reopen(SUP, ReopenCause.NEW_INCIDENT, null, AT)).isEqualTo(1);

        assertThat(caseFile.status()).isEqualTo(CaseFileStatus.OPEN);
        assertThat(caseFile.pendingEvents()).last()
                .isEqualTo(new CaseReopened("case-1", "hoan-kiem", ReopenCause.NEW_INCIDENT));
        caseFile.requestClosure(LAN, ClosureCause.SERVICES_COMPLETED, null, AT);
        assertThat(caseFile.status()).isEqualTo(CaseFileStatus.CLOSURE_REQUESTED);
    }
}
