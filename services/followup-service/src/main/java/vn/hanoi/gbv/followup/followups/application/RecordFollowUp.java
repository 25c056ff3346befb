package vn.hanoi.gbv.followup.followups.application;

import java.time.Instant;
import java.util.Set;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.followup.ContactChannel;
import vn.hanoi.gbv.followup.followups.domain.RiskIndicator;

/** A counsellor's recording of a follow-up, as she sent it. */
public record RecordFollowUp(
        boolean contactMade,
        ContactChannel channel,
        Boolean survivorSafe,
        RiskLevel riskLevel,
        Set<RiskIndicator> indicators,
        Set<Need> servicesReceived,
        Set<Need> newNeeds,
        String notes,
        Instant nextDueAt) {

    @Override
    public String toString() {
        return "RecordFollowUp[contactMade=" + contactMade + ", channel=" + channel + "]";
    }
}
