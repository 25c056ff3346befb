package vn.hanoi.gbv.intake.cases.domain;

import java.util.regex.Pattern;
import vn.hanoi.gbv.platform.domain.InvalidInput;

/**
 * A Vietnamese phone number in E.164 ({@code +84} and the national number without its leading 0), whatever
 * way it was written: "0912 345 678", "091.234.5678", "+84 912345678", "84912345678". Normalising lets the
 * same phone written two ways be recognised as one when looking for duplicates.
 */
public record PhoneNumber(String e164) {

    // National significant number: mobiles have 9 digits, landlines 10 (two-digit area code + 8).
    private static final Pattern NATIONAL = Pattern.compile("[1-9][0-9]{8,9}");

    public static PhoneNumber parse(String written, String field) {
        String digits = written == null ? "" : written.replaceAll("[\\s.()\\-]", "");
        String national;
        if (digits.startsWith("+84")) {
            national = digits.substring(3);
        } else if (digits.startsWith("84") && digits.length() >= 11) {
            national = digits.substring(2);
        } else if (digits.startsWith("0")) {
            national = digits.substring(1);
        } else {
            throw new InvalidInput(field, "problem.survivor.phone");
        }
        if (!NATIONAL.matcher(national).matches()) {
            throw new InvalidInput(field, "problem.survivor.phone");
        }
        return new PhoneNumber("+84" + national);
    }

    @Override
    public String toString() {
        return "PhoneNumber[redacted]";
    }
}
