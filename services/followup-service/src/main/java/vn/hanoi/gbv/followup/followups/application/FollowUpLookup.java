package vn.hanoi.gbv.followup.followups.application;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.followup.followups.domain.FollowUp;
import vn.hanoi.gbv.followup.followups.domain.FollowUpScope;
import vn.hanoi.gbv.followup.followups.domain.FollowUps;
import vn.hanoi.gbv.followup.followups.domain.Staff;
import vn.hanoi.gbv.platform.domain.InvalidInput;
import vn.hanoi.gbv.platform.security.CurrentUser;

/** Lists a case's follow-ups that the caller's scope covers; the others are simply not in the list. */
@Service
public class FollowUpLookup {

    private final FollowUps followUps;

    public FollowUpLookup(FollowUps followUps) {
        this.followUps = followUps;
    }

    public List<FollowUp> ofCase(CurrentUser user, String caseId) {
        if (caseId == null || caseId.isBlank()) {
            throw new InvalidInput("caseId", "problem.followups.case-id-required");
        }
        Staff staff = new Staff(user.id(), user.roles(), user.ward());
        return followUps.ofCase(caseId).stream().filter(followUp -> FollowUpScope.canSee(staff, followUp)).toList();
    }
}
