package vn.hanoi.gbv.referral.referrals.application;

import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import vn.hanoi.gbv.platform.domain.Forbidden;
import vn.hanoi.gbv.platform.security.CurrentUser;
import vn.hanoi.gbv.referral.referrals.domain.IllegalReferralTransition;
import vn.hanoi.gbv.referral.referrals.domain.Referral;
import vn.hanoi.gbv.referral.referrals.domain.ReferralNotFound;
import vn.hanoi.gbv.referral.referrals.domain.Referrals;
import vn.hanoi.gbv.referral.referrals.domain.Staff;

/**
 * "Open contact details": an officer of the receiving agency asks for the survivor's contact details of an open
 * referral. They come from intake each time (consent is checked there, at that moment, and the read is an event
 * on the case's timeline); referral stores, caches and logs none of them.
 */
@Service
public class ContactDetails {

    private final Referrals referrals;
    private final SurvivorContacts contacts;

    public ContactDetails(Referrals referrals, SurvivorContacts contacts) {
        this.referrals = referrals;
        this.contacts = contacts;
    }

    public JsonNode open(CurrentUser officer, String referralId) {
        Staff staff = Staffs.of(officer);
        if (!staff.is(Staff.AGENCY_OFFICER)) {
            throw new Forbidden("problem.referral.contacts-agency-officers-only");
        }
        Referral referral = referrals.byId(referralId).filter(found -> found.agencyId().equals(staff.agency()))
                .orElseThrow(ReferralNotFound::new);
        if (!referral.status().open()) {
            // Declined, revoked or done: the agency no longer acts for her, so it has no need to reach her.
            throw new IllegalReferralTransition("open contact details", referral.status());
        }
        return contacts.disclose(referral.caseId());
    }
}
