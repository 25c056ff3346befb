package vn.hanoi.gbv.intake.cases.domain;

import java.util.Collection;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.platform.domain.InvalidInput;

/**
 * GBVIMS: exactly one core type per incident, the first in the order of precedence that applies (rape before
 * sexual assault before physical assault before forced marriage before denial of resources before
 * psychological abuse). A rape with beatings is classified RAPE; the beatings are not a second incident.
 * NON_GBV applies only when none of the six does.
 */
public final class IncidentClassification {

    public static IncidentType classify(Collection<IncidentType> actsThatHappened) {
        if (actsThatHappened == null || actsThatHappened.isEmpty()) {
            throw new InvalidInput("incident.acts", "problem.incident.no-acts");
        }
        // The enum is declared in the order of precedence, NON_GBV last.
        return actsThatHappened.stream().min(Enum::compareTo).orElseThrow();
    }

    private IncidentClassification() {
    }
}
