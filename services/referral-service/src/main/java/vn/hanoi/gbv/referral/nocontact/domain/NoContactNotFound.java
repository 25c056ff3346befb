package vn.hanoi.gbv.referral.nocontact.domain;

import vn.hanoi.gbv.platform.domain.NotFound;

/** No such request or case, or it lies outside the caller's ward: the answer does not tell which. */
public class NoContactNotFound extends NotFound {

    public NoContactNotFound() {
        super("problem.no-contact.not-found");
    }
}
