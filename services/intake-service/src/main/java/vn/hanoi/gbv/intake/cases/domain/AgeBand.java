package vn.hanoi.gbv.intake.cases.domain;

import java.time.LocalDate;

/** The GBVIMS age groups, as statistics report them; given directly when the birth year is not known. */
public enum AgeBand {
    AGE_0_11(0, 11), AGE_12_17(12, 17), AGE_18_25(18, 25), AGE_26_40(26, 40), AGE_41_60(41, 60), AGE_61_PLUS(61, 200);

    private final int from;
    private final int to;

    AgeBand(int from, int to) {
        this.from = from;
        this.to = to;
    }

    /** The band of someone born in {@code birthYear}, on {@code date} (her age then, to the year). */
    public static AgeBand of(int birthYear, LocalDate date) {
        int age = Math.max(0, date.getYear() - birthYear);
        for (AgeBand band : values()) {
            if (age >= band.from && age <= band.to) {
                return band;
            }
        }
        return AGE_61_PLUS;
    }

    public boolean isMinor() {
        return this == AGE_0_11 || this == AGE_12_17;
    }
}
