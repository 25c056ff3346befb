package vn.hanoi.gbv.referral.referrals.application;

import vn.hanoi.gbv.platform.security.CurrentUser;
import vn.hanoi.gbv.referral.referrals.domain.Staff;

/** The signed-in user as the domain sees staff. */
final class Staffs {

    static Staff of(CurrentUser user) {
        return new Staff(user.id(), user.roles(), user.ward(), user.agency());
    }

    private Staffs() {
    }
}
