package vn.hanoi.gbv.referral.referrals.application;

import java.time.Clock;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.platform.security.CurrentUser;
import vn.hanoi.gbv.platform.security.Roles;
import vn.hanoi.gbv.referral.referrals.domain.Referral;
import vn.hanoi.gbv.referral.referrals.domain.ReferralNotFound;
import vn.hanoi.gbv.referral.referrals.domain.ReferralScope;
import vn.hanoi.gbv.referral.referrals.domain.Referrals;
import vn.hanoi.gbv.referral.referrals.domain.Staff;

/** An officer of the receiving agency accepts or declines a referral. */
@Service
public class ReferralDecisions {

    private final Referrals referrals;
    private final Clock clock;

    public ReferralDecisions(Referrals referrals, Clock clock) {
        this.referrals = referrals;
        this.clock = clock;
    }

    public Referral accept(CurrentUser officer, String referralId) {
        Staff staff = Staffs.of(officer);
        Referral referral = visible(staff, referralId);
        referral.accept(staff, clock.instant());
        referrals.update(referral, officer.asActor(Roles.AGENCY_OFFICER, Roles.COMMITTEE_OFFICER));
        return referral;
    }

    public Referral decline(CurrentUser officer, String referralId, String reason) {
        Staff staff = Staffs.of(officer);
        Referral referral = visible(staff, referralId);
        referral.decline(staff, reason, clock.instant());
        referrals.update(referral, officer.asActor(Roles.AGENCY_OFFICER, Roles.COMMITTEE_OFFICER));
        return referral;
    }

    private Referral visible(Staff staff, String referralId) {
        return referrals.byId(referralId).filter(found -> ReferralScope.canSee(staff, found))
                .orElseThrow(ReferralNotFound::new);
    }
}
