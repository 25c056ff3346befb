package vn.hanoi.gbv.events.followup;

import java.util.Set;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.Need;

/**
 * A follow-up found needs the case did not have referrals for. Referral-service turns them into new referrals,
 * but only to agency types the survivor consented to share with.
 */
public record NewNeedsIdentified(
        String caseId,
        String followUpId,
        String ward,
        Set<Need> needs) implements CaseEvent {
}
