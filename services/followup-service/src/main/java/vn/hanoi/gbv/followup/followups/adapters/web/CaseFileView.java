package vn.hanoi.gbv.followup.followups.adapters.web;

import java.util.List;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.followup.followups.domain.CaseFile;
import vn.hanoi.gbv.followup.followups.domain.CaseFileStatus;
import vn.hanoi.gbv.followup.followups.domain.ClosureDecision;
import vn.hanoi.gbv.followup.followups.domain.ClosureRequest;
import vn.hanoi.gbv.followup.followups.domain.Reopening;

/** A case as follow-up knows it, with its closure history, to the staff whose scope covers it. */
record CaseFileView(String caseId, String ward, RiskLevel riskLevel, CaseFileStatus status,
        ClosureRequest pendingClosure, List<ClosureDecision> decisions, List<Reopening> reopenings) {

    static CaseFileView of(CaseFile c) {
        return new CaseFileView(c.caseId(), c.ward(), c.riskLevel(), c.status(), c.pendingClosure(), c.decisions(),
                c.reopenings());
    }
}
