package vn.hanoi.gbv.intake.cases.domain;

/**
 * Who the case is about. Name and phone identify her: they are encrypted at rest and never leave intake
 * except through a consented, audited disclosure. {@code toString} hides them so a log line cannot leak them.
 */
public record Survivor(String fullName, String phone, int birthYear, Sex sex) {

    @Override
    public String toString() {
        return "Survivor[redacted]";
    }
}
