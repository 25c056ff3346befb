package vn.hanoi.gbv.intake.cases.adapters.web;

import jakarta.validation.Valid;
import java.util.Set;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.intake.cases.adapters.web.CaseRequest.IncidentPart;
import vn.hanoi.gbv.intake.cases.adapters.web.CaseRequest.RiskPart;
import vn.hanoi.gbv.intake.cases.adapters.web.CaseRequest.SourcePart;
import vn.hanoi.gbv.intake.cases.adapters.web.CaseRequest.SurvivorPart;
import vn.hanoi.gbv.intake.cases.domain.CaseDetails;

/**
 * The body of {@code PATCH /api/cases/{id}}: each part given replaces that part; parts left out stay as they
 * are. Consent is changed through its own endpoint, and the ward never changes.
 */
record AmendCaseRequest(
        @Valid SurvivorPart survivor,
        @Valid IncidentPart incident,
        @Valid SourcePart source,
        @Valid RiskPart risk,
        Set<Need> needs,
        Set<Need> servicesWanted) {

    CaseDetails applyTo(CaseDetails current) {
        return new CaseDetails(current.ward(),
                survivor == null ? current.survivor() : survivor.toSurvivor(),
                incident == null ? current.incident() : incident.toIncident(),
                source == null ? current.source() : source.channel(),
                source == null || source.reportedOn() == null ? current.reportedOn() : source.reportedOn(),
                risk == null ? current.riskLevel() : risk.level(),
                risk == null ? current.riskIndicators() : risk.indicators(),
                needs == null ? current.needs() : needs,
                servicesWanted != null ? servicesWanted : needs != null ? needs : current.servicesWanted(),
                current.consent());
    }
}
