package vn.hanoi.gbv.referral.referrals.application;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.platform.security.CurrentUser;
import vn.hanoi.gbv.referral.referrals.domain.Referral;
import vn.hanoi.gbv.referral.referrals.domain.ReferralNotFound;
import vn.hanoi.gbv.referral.referrals.domain.ReferralScope;
import vn.hanoi.gbv.referral.referrals.domain.Referrals;
import vn.hanoi.gbv.referral.referrals.domain.Staff;

/** Reads referrals for someone whose scope covers them; for anyone else they do not exist. */
@Service
public class ReferralLookup {

    private final Referrals referrals;

    public ReferralLookup(Referrals referrals) {
        this.referrals = referrals;
    }

    /** The referrals addressed to the officer's own agency, urgent first, then newest first. */
    public List<Referral> inbox(CurrentUser officer) {
        if (officer.agency() == null || officer.agency().isBlank()) {
            return List.of();
        }
        return referrals.addressedTo(officer.agency());
    }

    /** The referrals of a case that the user may see, newest first; none if the case is outside their scope. */
    public List<Referral> ofCase(CurrentUser user, String caseId) {
        Staff staff = Staffs.of(user);
        return referrals.ofCase(caseId).stream().filter(referral -> ReferralScope.canSee(staff, referral)).toList();
    }

    /** Declined referrals no other agency could take, for a supervisor to place. */
    public List<Referral> supervisorQueue() {
        return referrals.awaitingSupervisor();
    }

    public Referral find(CurrentUser user, String referralId) {
        Staff staff = Staffs.of(user);
        return referrals.byId(referralId).filter(found -> ReferralScope.canSee(staff, found))
                .orElseThrow(ReferralNotFound::new);
    }
}
