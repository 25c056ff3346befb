package vn.hanoi.gbv.events.followup;

import java.time.Instant;
import java.util.Set;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;

/**
 * A counsellor recorded the outcome of a follow-up. Codes only: the counsellor's notes stay encrypted in
 * follow-up's database. New needs travel separately as {@link NewNeedsIdentified}.
 *
 * @param survivorSafe      null when no contact was made (nobody could tell)
 * @param indicators        the risk indicators seen now (intake's codes: THREAT_TO_KILL, WEAPON ...)
 * @param nextFollowUpId    the check planned next, due by the updated risk level
 */
public record FollowUpRecorded(
        String caseId,
        String followUpId,
        String ward,
        boolean contactMade,
        ContactChannel channel,
        Boolean survivorSafe,
        RiskLevel previousRiskLevel,
        RiskLevel riskLevel,
        Set<String> indicators,
        Set<Need> servicesReceived,
        String nextFollowUpId,
        Instant nextDueAt) implements CaseEvent {
}
