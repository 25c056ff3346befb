package vn.hanoi.gbv.intake.cases.application;

import java.util.Set;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.intake.cases.domain.Consent;
import vn.hanoi.gbv.intake.cases.domain.Incident;
import vn.hanoi.gbv.intake.cases.domain.Survivor;

/** What a counsellor records when registering a case. */
public record RegisterCase(String ward, Survivor survivor, Incident incident, RiskLevel riskLevel, Set<Need> needs,
        Consent consent) {
}
