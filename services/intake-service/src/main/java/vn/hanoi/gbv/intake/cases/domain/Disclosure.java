package vn.hanoi.gbv.intake.cases.domain;

import java.util.List;

/**
 * Survivor fields an agency receives under consent; fields outside its part of the protocol are null.
 * {@code fields} names what was disclosed, for the access log.
 */
public record Disclosure(String fullName, List<String> phones, String address, AgeBand ageBand, Sex sex,
        Guardian guardian, List<String> fields) {

    @Override
    public String toString() {
        return "Disclosure" + fields;
    }
}
