package vn.hanoi.gbv.events.intake;

import java.util.List;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;

/**
 * Survivor-identifying fields were disclosed to an agency under the survivor's consent: which agency, on whose
 * request, and which fields (names only, never values).
 */
public record SurvivorDataDisclosed(
        String caseId,
        String ward,
        String agencyId,
        AgencyType agencyType,
        String onBehalfOf,
        List<String> fields) implements CaseEvent {
}
