package vn.hanoi.gbv.followup.followups.domain;

import java.time.Instant;
import java.util.Set;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.followup.ContactChannel;

/**
 * What a counsellor recorded about one follow-up. {@code notes} is the only free text: it may identify the
 * survivor, so it is encrypted at rest and never leaves this service.
 *
 * @param survivorSafe  null when no contact was made
 * @param riskLevel     the level assessed at this contact (the follow-up's level if not reassessed)
 * @param requestedNext an earlier date for the next check than its risk level requires, or null
 */
public record Recording(
        boolean contactMade,
        ContactChannel channel,
        Boolean survivorSafe,
        RiskLevel riskLevel,
        Set<RiskIndicator> indicators,
        Set<Need> servicesReceived,
        Set<Need> newNeeds,
        String notes,
        Instant requestedNext,
        String recordedBy,
        Instant recordedAt,
        String nextFollowUpId) {

    public Recording {
        indicators = indicators == null ? Set.of() : Set.copyOf(indicators);
        servicesReceived = servicesReceived == null ? Set.of() : Set.copyOf(servicesReceived);
        newNeeds = newNeeds == null ? Set.of() : Set.copyOf(newNeeds);
        // Nobody can say she is safe if nobody reached her.
        survivorSafe = contactMade ? survivorSafe : null;
    }

    @Override
    public String toString() {
        // Notes never reach a log, not even by accident through toString.
        return "Recording[contactMade=" + contactMade + ", channel=" + channel + ", riskLevel=" + riskLevel + "]";
    }
}
