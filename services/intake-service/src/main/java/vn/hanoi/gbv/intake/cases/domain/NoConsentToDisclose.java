package vn.hanoi.gbv.intake.cases.domain;

import vn.hanoi.gbv.platform.domain.Forbidden;

/** The survivor did not consent (or withdrew consent) to share with this type of agency. */
public class NoConsentToDisclose extends Forbidden {

    public NoConsentToDisclose() {
        super("problem.disclosure.no-consent");
    }
}
