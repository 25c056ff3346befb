package vn.hanoi.gbv.intake.cases.adapters.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import vn.hanoi.gbv.intake.cases.domain.PhoneNumber;
import vn.hanoi.gbv.intake.cases.domain.Sex;
import vn.hanoi.gbv.intake.cases.domain.Survivor;
import vn.hanoi.gbv.platform.domain.InvalidInput;

/**
 * The body of {@code POST /api/cases/search}: a phone, or a name with birth year. A body, not a query string,
 * because a survivor's phone or name must never appear in a URL (URLs end up in logs and browser histories).
 */
record SurvivorSearchRequest(
        @Size(max = 30) String phone,
        @Size(max = 200) String fullName,
        @Min(1900) @Max(9999) Integer birthYear,
        @Size(max = 64) @Pattern(regexp = "[a-z0-9-]+") String ward) {

    Survivor toProbe() {
        if (phone == null && fullName == null) {
            throw new InvalidInput("phone", "problem.search.criteria");
        }
        List<PhoneNumber> phones = phone == null ? List.of() : List.of(PhoneNumber.parse(phone, "phone"));
        // An unmatchable name when only the phone is given: the search ORs its criteria.
        String name = fullName == null ? "\u0000" : CaseRequest.nfc(fullName);
        return new Survivor(name, List.of(), phones, birthYear, null, Sex.OTHER, null, false, false, null, null);
    }

    @Override
    public String toString() {
        return "SurvivorSearchRequest[redacted]";
    }
}
