package vn.hanoi.gbv.intake.cases.domain;

import java.util.List;
import java.util.Set;
import vn.hanoi.gbv.events.RiskLevel;

/**
 * The counsellor's level, the indicators seen, and the level the rules arrived at (never lower than the
 * counsellor's), with the rules that raised it so anyone can see why.
 */
public record RiskAssessment(RiskLevel givenLevel, Set<RiskIndicator> indicators, RiskLevel level,
        List<String> raisedBy) {

    public RiskAssessment {
        indicators = indicators == null ? Set.of() : Set.copyOf(indicators);
        raisedBy = raisedBy == null ? List.of() : List.copyOf(raisedBy);
    }
}
