package vn.hanoi.gbv.referral.directory.domain;

import vn.hanoi.gbv.platform.domain.NotFound;

/** The directory has no agency with this id. */
public class AgencyNotFound extends NotFound {

    public AgencyNotFound() {
        super("problem.directory.agency-not-found");
    }
}
