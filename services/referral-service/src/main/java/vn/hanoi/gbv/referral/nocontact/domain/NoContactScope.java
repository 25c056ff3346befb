package vn.hanoi.gbv.referral.nocontact.domain;

import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.referral.directory.domain.Agency;
import vn.hanoi.gbv.referral.referrals.domain.Staff;

/**
 * Who may do what with the no-contact requests of a case in a ward. Anyone else is told "not found", so the answer
 * gives no hint that a case or a request exists.
 *
 * <ul>
 *   <li>File: a counsellor of the case's ward, or an officer of a police agency serving it.</li>
 *   <li>Decide and cancel: a committee officer of that ward's People's Committee (agency and ward claims).</li>
 *   <li>Read: those, and supervisors (city-wide).</li>
 * </ul>
 */
public final class NoContactScope {

    /**
     * @param officersAgency the directory entry of the staff member's {@code agency} claim, or null
     */
    public static boolean mayFile(Staff staff, String ward, Agency officersAgency) {
        return wardCounsellor(staff, ward) || wardPolice(staff, ward, officersAgency);
    }

    public static boolean mayDecide(Staff staff, String ward, String committeeAgencyId) {
        return staff.is(Staff.COMMITTEE_OFFICER) && ward.equals(staff.ward())
                && committeeAgencyId.equals(staff.agency());
    }

    public static boolean maySee(Staff staff, String ward, String committeeAgencyId, Agency officersAgency) {
        return staff.is(Staff.SUPERVISOR) || mayFile(staff, ward, officersAgency)
                || mayDecide(staff, ward, committeeAgencyId);
    }

    private static boolean wardCounsellor(Staff staff, String ward) {
        return staff.is(Staff.COUNSELLOR) && ward.equals(staff.ward());
    }

    private static boolean wardPolice(Staff staff, String ward, Agency agency) {
        return staff.is(Staff.AGENCY_OFFICER) && agency != null && agency.id().equals(staff.agency())
                && agency.type() == AgencyType.POLICE && agency.serves(ward);
    }

    private NoContactScope() {
    }
}
