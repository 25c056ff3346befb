package vn.hanoi.gbv.followup.followups.adapters.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.followup.ContactChannel;
import vn.hanoi.gbv.followup.followups.application.RecordFollowUp;
import vn.hanoi.gbv.followup.followups.domain.RiskIndicator;

/**
 * The body of {@code POST /api/followups/{id}/record}.
 *
 * @param riskLevel the level assessed at this contact; omitted, the case's last known level stands
 * @param notes     free text, encrypted at rest, never published
 * @param nextDueAt an earlier date for the next check than the risk level requires (never a past one)
 */
record RecordRequest(
        @NotNull Boolean contactMade,
        @NotNull ContactChannel channel,
        Boolean survivorSafe,
        RiskLevel riskLevel,
        Set<RiskIndicator> indicators,
        Set<Need> servicesReceived,
        Set<Need> newNeeds,
        @Size(max = 4000) String notes,
        Instant nextDueAt) {

    RecordFollowUp toCommand() {
        return new RecordFollowUp(contactMade, channel, survivorSafe, riskLevel, indicators, servicesReceived,
                newNeeds, notes, nextDueAt);
    }

    @Override
    public String toString() {
        return "RecordRequest[contactMade=" + contactMade + ", channel=" + channel + "]";
    }
}
