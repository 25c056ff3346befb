package vn.hanoi.gbv.referral.nocontact.domain;

import java.time.Instant;
import vn.hanoi.gbv.platform.domain.DomainException;

/** The 12 hours the law gives the chair have passed: the request can no longer be decided (422). */
public class DecisionDeadlinePassed extends DomainException {

    public DecisionDeadlinePassed(Instant decideBy) {
        super("problem.no-contact.deadline-passed", null, decideBy.toString());
    }
}
