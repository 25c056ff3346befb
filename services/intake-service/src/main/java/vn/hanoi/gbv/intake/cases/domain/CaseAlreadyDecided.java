package vn.hanoi.gbv.intake.cases.domain;

import vn.hanoi.gbv.platform.domain.Conflict;

/** A case is verified or rejected once. */
public class CaseAlreadyDecided extends Conflict {

    public CaseAlreadyDecided(CaseStatus status) {
        super("problem.verification.already-decided", status);
    }
}
