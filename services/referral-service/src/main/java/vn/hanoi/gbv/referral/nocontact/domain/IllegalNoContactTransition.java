package vn.hanoi.gbv.referral.nocontact.domain;

import vn.hanoi.gbv.platform.domain.Conflict;

/** The request is not in a state that allows this step (deciding twice, cancelling a refusal ...): 409. */
public class IllegalNoContactTransition extends Conflict {

    public IllegalNoContactTransition(String action, NoContactStatus status) {
        super("problem.no-contact.illegal-transition", action, status);
    }
}
