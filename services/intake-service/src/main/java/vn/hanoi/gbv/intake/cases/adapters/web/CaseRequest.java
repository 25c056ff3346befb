package vn.hanoi.gbv.intake.cases.adapters.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.intake.cases.domain.AgeBand;
import vn.hanoi.gbv.intake.cases.domain.CaseContext;
import vn.hanoi.gbv.intake.cases.domain.Consent;
import vn.hanoi.gbv.intake.cases.domain.ConsentGiver;
import vn.hanoi.gbv.intake.cases.domain.Guardian;
import vn.hanoi.gbv.intake.cases.domain.Incident;
import vn.hanoi.gbv.intake.cases.domain.IncidentClassification;
import vn.hanoi.gbv.intake.cases.domain.LocationType;
import vn.hanoi.gbv.intake.cases.domain.PerpetratorRelationship;
import vn.hanoi.gbv.intake.cases.domain.PhoneNumber;
import vn.hanoi.gbv.intake.cases.domain.ReportSource;
import vn.hanoi.gbv.intake.cases.domain.RiskIndicator;
import vn.hanoi.gbv.intake.cases.domain.Sex;
import vn.hanoi.gbv.intake.cases.domain.Survivor;
import vn.hanoi.gbv.platform.domain.InvalidInput;

/**
 * The parts of a case request, shared by registration and edits. Unknown fields, unknown enum values and
 * operator-like strings are refused before any of this is built. {@code toString} of anything that holds
 * survivor data is redacted.
 */
final class CaseRequest {

    /** Digits with the separators people type; the domain then checks it is a Vietnamese number. */
    static final String PHONE = "[+]?[0-9 ().-]{9,20}";

    record SurvivorPart(
            @NotBlank @Size(max = 200) String fullName,
            @Size(max = 5) List<@NotBlank @Size(max = 200) String> otherNames,
            // One phone (the walking skeleton's field) or several; she may also have none she can safely give.
            @Pattern(regexp = PHONE) String phone,
            @Size(max = 5) List<@NotBlank @Pattern(regexp = PHONE) String> phones,
            @Min(1900) @Max(9999) Integer birthYear,
            AgeBand ageBand,
            @NotNull Sex sex,
            @Size(max = 60) @Pattern(regexp = "[\\p{L} -]*") String ethnicity,
            Boolean disability,
            Boolean migrantWorker,
            @Size(max = 500) String address,
            @Valid GuardianPart guardian) {

        Survivor toSurvivor() {
            List<PhoneNumber> parsed = new ArrayList<>();
            if (phone != null) {
                parsed.add(PhoneNumber.parse(phone, "survivor.phone"));
            }
            if (phones != null) {
                for (int i = 0; i < phones.size(); i++) {
                    PhoneNumber number = PhoneNumber.parse(phones.get(i), "survivor.phones[" + i + "]");
                    if (!parsed.contains(number)) {
                        parsed.add(number);
                    }
                }
            }
            return new Survivor(nfc(fullName), otherNames == null ? List.of() : otherNames.stream().map(CaseRequest::nfc).toList(),
                    parsed, birthYear, ageBand, sex, nfc(ethnicity), Boolean.TRUE.equals(disability),
                    Boolean.TRUE.equals(migrantWorker), nfc(address), guardian == null ? null : guardian.toGuardian());
        }

        @Override
        public String toString() {
            return "SurvivorPart[redacted]";
        }
    }

    record GuardianPart(@NotBlank @Size(max = 200) String fullName, @Pattern(regexp = PHONE) String phone,
            @NotBlank @Size(max = 60) String relationship) {

        Guardian toGuardian() {
            return new Guardian(nfc(fullName), phone == null ? null : PhoneNumber.parse(phone, "survivor.guardian.phone"),
                    nfc(relationship));
        }

        @Override
        public String toString() {
            return "GuardianPart[redacted]";
        }
    }

    record IncidentPart(
            IncidentType type,
            @Size(max = 7) Set<@NotNull IncidentType> acts,
            Set<@NotNull CaseContext> contexts,
            @NotNull LocalDate occurredOn,
            LocationType locationType,
            @Valid PerpetratorPart perpetrator,
            Boolean reportedBefore) {

        /** The type is given, or classified from the acts; when both are given they must agree. */
        Incident toIncident() {
            IncidentType classified = acts == null || acts.isEmpty() ? null : IncidentClassification.classify(acts);
            if (type == null && classified == null) {
                throw new InvalidInput("incident.type", "problem.incident.type-required");
            }
            if (type != null && classified != null && type != classified) {
                throw new InvalidInput("incident.type", "problem.incident.type-contradicts-acts", classified);
            }
            return new Incident(type != null ? type : classified, contexts, occurredOn, locationType,
                    perpetrator == null ? null : perpetrator.count(),
                    perpetrator == null ? null : perpetrator.relationship(), reportedBefore);
        }
    }

    record PerpetratorPart(@Min(1) @Max(100) Integer count, PerpetratorRelationship relationship) {
    }

    record SourcePart(@NotNull ReportSource channel, LocalDate reportedOn) {
    }

    record RiskPart(@NotNull RiskLevel level, Set<@NotNull RiskIndicator> indicators) {
    }

    record ConsentPart(
            @NotNull Boolean services,
            @NotNull Set<@NotNull AgencyType> shareWith,
            Boolean nonIdentifiableReporting,
            ConsentGiver givenBy,
            Instant givenAt) {

        Consent toConsent(String recordedBy, Instant now) {
            return new Consent(services, shareWith, Boolean.TRUE.equals(nonIdentifiableReporting), givenBy,
                    givenAt == null ? now : givenAt, recordedBy);
        }
    }

    /** Vietnamese text is stored in NFC, so the same name typed on two keyboards is stored the same. */
    static String nfc(String text) {
        return text == null ? null : Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }

    private CaseRequest() {
    }
}
