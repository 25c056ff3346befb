package vn.hanoi.gbv.intake.cases.application;

import vn.hanoi.gbv.intake.cases.domain.Staff;
import vn.hanoi.gbv.platform.security.CurrentUser;

/** The signed-in user as the domain sees staff. */
final class Staffs {

    static Staff of(CurrentUser user) {
        return new Staff(user.id(), user.roles(), user.ward());
    }

    private Staffs() {
    }
}
