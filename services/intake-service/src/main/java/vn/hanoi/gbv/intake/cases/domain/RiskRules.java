package vn.hanoi.gbv.intake.cases.domain;

import static vn.hanoi.gbv.intake.cases.domain.RiskIndicator.CHILDREN_AT_RISK;
import static vn.hanoi.gbv.intake.cases.domain.RiskIndicator.ESCALATION;
import static vn.hanoi.gbv.intake.cases.domain.RiskIndicator.PERPETRATOR_ACCESS;
import static vn.hanoi.gbv.intake.cases.domain.RiskIndicator.PREGNANCY;
import static vn.hanoi.gbv.intake.cases.domain.RiskIndicator.STRANGULATION;
import static vn.hanoi.gbv.intake.cases.domain.RiskIndicator.THREAT_TO_KILL;
import static vn.hanoi.gbv.intake.cases.domain.RiskIndicator.WEAPON;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import vn.hanoi.gbv.events.RiskLevel;

/**
 * Every rule that raises a risk level, in one place. A rule only ever raises: the counsellor who met the survivor
 * may judge the danger higher than any rule, and no rule overrides that. The rules follow the lethality
 * indicators used in danger assessments: threats to kill, weapons and strangulation, worst when the perpetrator
 * can still reach her; escalation; pregnancy and children at risk.
 */
public final class RiskRules {

    /** One rule: when its condition holds, the level is at least {@code atLeast}. */
    public record Rule(String id, Predicate<Set<RiskIndicator>> when, RiskLevel atLeast) {
    }

    public static final List<Rule> RULES = List.of(
            new Rule("lethal-threat-with-access",
                    i -> i.contains(PERPETRATOR_ACCESS)
                            && (i.contains(THREAT_TO_KILL) || i.contains(STRANGULATION) || i.contains(WEAPON)),
                    RiskLevel.IMMEDIATE_DANGER),
            new Rule("lethal-threat", i -> i.contains(THREAT_TO_KILL) || i.contains(STRANGULATION) || i.contains(WEAPON),
                    RiskLevel.HIGH),
            new Rule("escalation-with-access", i -> i.contains(ESCALATION) && i.contains(PERPETRATOR_ACCESS),
                    RiskLevel.HIGH),
            new Rule("dependants-with-access",
                    i -> (i.contains(PREGNANCY) || i.contains(CHILDREN_AT_RISK)) && i.contains(PERPETRATOR_ACCESS),
                    RiskLevel.HIGH),
            new Rule("dependants", i -> i.contains(PREGNANCY) || i.contains(CHILDREN_AT_RISK), RiskLevel.MEDIUM),
            new Rule("escalation", i -> i.contains(ESCALATION), RiskLevel.MEDIUM));

    public static RiskAssessment assess(RiskLevel given, Set<RiskIndicator> indicators) {
        Set<RiskIndicator> seen = indicators == null ? Set.of() : indicators;
        RiskLevel level = given;
        List<String> raisedBy = new ArrayList<>();
        for (Rule rule : RULES) {
            if (rule.when().test(seen) && rule.atLeast().compareTo(level) > 0) {
                level = rule.atLeast();
                raisedBy.add(rule.id());
            }
        }
        return new RiskAssessment(given, seen, level, raisedBy);
    }

    private RiskRules() {
    }
}
