package vn.hanoi.gbv.intake.cases.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * Who the case is about. Names, phones, address and guardian identify her: they are encrypted at rest and leave
 * intake only through a consented, audited disclosure. Age band, sex, ethnicity, disability and migrant status
 * are kept in clear for non-identifiable statistics. {@code toString} hides everything, so no log line can leak.
 *
 * @param birthYear null when only the age band is known
 */
public record Survivor(
        String fullName,
        List<String> otherNames,
        List<PhoneNumber> phones,
        Integer birthYear,
        AgeBand ageBand,
        Sex sex,
        String ethnicity,
        boolean disability,
        boolean migrantWorker,
        String address,
        Guardian guardian) {

    public Survivor {
        otherNames = otherNames == null ? List.of() : List.copyOf(otherNames);
        phones = phones == null ? List.of() : List.copyOf(phones);
    }

    /** The minimum the walking skeleton records. */
    public static Survivor of(String fullName, PhoneNumber phone, int birthYear, Sex sex, LocalDate today) {
        return new Survivor(fullName, List.of(), phone == null ? List.of() : List.of(phone), birthYear,
                AgeBand.of(birthYear, today), sex, null, false, false, null, null);
    }

    @Override
    public String toString() {
        return "Survivor[redacted]";
    }
}
