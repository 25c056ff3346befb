package vn.hanoi.gbv.referral.referrals.domain;

/**
 * Who may see a referral: supervisors every one; counsellors and ward verifiers those of their own ward;
 * agency and committee officers those addressed to their agency. Anyone else is told "not found", so the
 * answer gives no hint that a case was referred.
 */
public final class ReferralScope {

    public static boolean canSee(Staff staff, Referral referral) {
        if (staff.is(Staff.SUPERVISOR)) {
            return true;
        }
        boolean wardStaff = staff.is(Staff.COUNSELLOR) || staff.is(Staff.WARD_VERIFIER);
        if (wardStaff && referral.ward().equals(staff.ward())) {
            return true;
        }
        return staff.isOfficer() && referral.agencyId().equals(staff.agency());
    }

    private ReferralScope() {
    }
}
