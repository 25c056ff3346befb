package vn.hanoi.gbv.intake.cases.domain;

import vn.hanoi.gbv.platform.domain.NotFound;

/** No case with this id, or one outside the caller's ward: the caller cannot tell which. */
public class CaseNotFound extends NotFound {

    public CaseNotFound() {
        super("problem.case.not-found", new Object[0]);
    }
}
