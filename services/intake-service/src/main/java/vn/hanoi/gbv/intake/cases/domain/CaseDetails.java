package vn.hanoi.gbv.intake.cases.domain;

import java.time.LocalDate;
import java.util.Set;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;

/**
 * What a counsellor records about a case: at registration all of it, in an edit the parts that change.
 *
 * @param reportedOn     when the survivor (or someone for her) reported it; null means today
 * @param servicesWanted which of her needs she wants services for now; null means all of them
 */
public record CaseDetails(
        String ward,
        Survivor survivor,
        Incident incident,
        ReportSource source,
        LocalDate reportedOn,
        RiskLevel riskLevel,
        Set<RiskIndicator> riskIndicators,
        Set<Need> needs,
        Set<Need> servicesWanted,
        Consent consent) {
}
