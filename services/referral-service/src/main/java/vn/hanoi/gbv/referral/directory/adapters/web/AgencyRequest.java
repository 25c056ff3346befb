package vn.hanoi.gbv.referral.directory.adapters.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.Set;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.referral.directory.domain.Agency;

/**
 * The body of {@code POST /api/agencies} (with {@code id}) and {@code PUT /api/agencies/{id}} (id from the path):
 * the whole agency as the admin wants it. {@code acknowledgementSla} (ISO-8601, e.g. {@code PT8H}) replaces the
 * default deadline by risk, except for a case in immediate danger.
 */
record AgencyRequest(
        @Size(max = 64) @Pattern(regexp = "^[a-z0-9-]+$") String id,
        @NotBlank @Size(max = 200) String nameVi,
        @NotBlank @Size(max = 200) String nameEn,
        @NotNull AgencyType type,
        Set<@NotBlank String> wardsServed,
        Boolean provinceWide,
        Set<@NotNull Need> services,
        Duration acknowledgementSla,
        @Size(max = 30) @Pattern(regexp = "^[0-9+() .-]*$") String contactPhone,
        @Size(max = 200) @Email String contactEmail) {

    Agency toAgency(String agencyId) {
        return new Agency(agencyId, nameVi.strip(), nameEn.strip(), type, wardsServed, Boolean.TRUE.equals(provinceWide),
                null, new Agency.Profile(services, acknowledgementSla, contactPhone, contactEmail));
    }
}
