package vn.hanoi.gbv.intake.cases.adapters.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.intake.cases.adapters.web.CaseRequest.ConsentPart;
import vn.hanoi.gbv.intake.cases.adapters.web.CaseRequest.IncidentPart;
import vn.hanoi.gbv.intake.cases.adapters.web.CaseRequest.RiskPart;
import vn.hanoi.gbv.intake.cases.adapters.web.CaseRequest.SourcePart;
import vn.hanoi.gbv.intake.cases.adapters.web.CaseRequest.SurvivorPart;
import vn.hanoi.gbv.intake.cases.domain.CaseDetails;

/** The body of {@code POST /api/cases}. */
record RegisterCaseRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9-]+") String ward,
        @NotNull @Valid SurvivorPart survivor,
        @NotNull @Valid IncidentPart incident,
        @Valid SourcePart source,
        @NotNull @Valid RiskPart risk,
        @NotNull Set<@NotNull Need> needs,
        Set<@NotNull Need> servicesWanted,
        @NotNull @Valid ConsentPart consent) {

    CaseDetails toDetails(String counsellor, Instant now) {
        return new CaseDetails(ward, survivor.toSurvivor(), incident.toIncident(),
                source == null ? null : source.channel(), source == null ? null : source.reportedOn(),
                risk.level(), risk.indicators(), needs, servicesWanted, consent.toConsent(counsellor, now));
    }
}
