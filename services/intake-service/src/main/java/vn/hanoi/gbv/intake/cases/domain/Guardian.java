package vn.hanoi.gbv.intake.cases.domain;

/** Who acts for a minor survivor: identifying, so encrypted like her own data. */
public record Guardian(String fullName, PhoneNumber phone, String relationship) {

    @Override
    public String toString() {
        return "Guardian[redacted]";
    }
}
