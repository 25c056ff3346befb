package vn.hanoi.gbv.intake.cases.adapters.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.intake.cases.application.RegisterCase;
import vn.hanoi.gbv.intake.cases.domain.Consent;
import vn.hanoi.gbv.intake.cases.domain.Incident;
import vn.hanoi.gbv.intake.cases.domain.Sex;
import vn.hanoi.gbv.intake.cases.domain.Survivor;

/** The body of {@code POST /api/cases}. Unknown fields and enum values are refused before this is built. */
record RegisterCaseRequest(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9-]+") String ward,
        @NotNull @Valid SurvivorRequest survivor,
        @NotNull @Valid IncidentRequest incident,
        @NotNull @Valid RiskRequest risk,
        @NotNull Set<@NotNull Need> needs,
        @NotNull @Valid ConsentRequest consent) {

    record SurvivorRequest(
            @NotBlank @Size(max = 200) String fullName,
            // Vietnamese mobile or landline, national (0…) or international (+84…) form.
            @NotBlank @Pattern(regexp = "(\\+84|0)[0-9]{9,10}") String phone,
            @NotNull @Min(1900) @Max(9999) Integer birthYear,
            @NotNull Sex sex) {

        @Override
        public String toString() {
            return "SurvivorRequest[redacted]";
        }
    }

    record IncidentRequest(@NotNull IncidentType type, @NotNull LocalDate occurredOn) {
    }

    record RiskRequest(@NotNull RiskLevel level) {
    }

    record ConsentRequest(@NotNull Boolean services, @NotNull Set<@NotNull AgencyType> shareWith) {
    }

    RegisterCase toCommand() {
        return new RegisterCase(ward,
                new Survivor(survivor.fullName().strip(), survivor.phone(), survivor.birthYear(), survivor.sex()),
                new Incident(incident.type(), incident.occurredOn()), risk.level(), needs,
                new Consent(consent.services(), consent.shareWith()));
    }
}
