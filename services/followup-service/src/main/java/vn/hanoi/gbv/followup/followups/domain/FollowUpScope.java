package vn.hanoi.gbv.followup.followups.domain;

/**
 * Who may see and act on a case's follow-ups. Supervisors oversee the whole city, or one ward when their token
 * names one; counsellors and ward verifiers see their own ward, and only counsellors record follow-ups and ask
 * for closure. Others see nothing, so an answer gives no hint that a case of another ward exists at all.
 */
public final class FollowUpScope {

    public static boolean canSee(Staff staff, FollowUp followUp) {
        return canSee(staff, followUp.ward());
    }

    public static boolean canSee(Staff staff, String ward) {
        if (staff.is(Staff.SUPERVISOR) && (staff.ward() == null || staff.ward().equals(ward))) {
            return true;
        }
        boolean wardStaff = staff.is(Staff.COUNSELLOR) || staff.is(Staff.WARD_VERIFIER);
        return wardStaff && ward != null && ward.equals(staff.ward());
    }

    /** The counsellors of the case's ward work its follow-ups. */
    public static boolean isCounsellorOf(Staff staff, String ward) {
        return staff.is(Staff.COUNSELLOR) && ward != null && ward.equals(staff.ward());
    }

    /** A supervisor decides on cases of her scope: the whole city, or the ward her token names. */
    public static boolean isSupervisorOf(Staff staff, String ward) {
        return staff.is(Staff.SUPERVISOR) && (staff.ward() == null || staff.ward().equals(ward));
    }

    private FollowUpScope() {
    }
}
