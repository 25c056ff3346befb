package vn.hanoi.gbv.intake.cases.domain;

import vn.hanoi.gbv.platform.domain.InvalidInput;

/**
 * Who may consent. A child under 16 cannot consent alone: her guardian gives consent (with her assent, as
 * GBVIMS guidance asks), so a guardian must be recorded. From 16 she may consent herself or through a guardian.
 */
public final class ConsentPolicy {

    public static final int AGE_OF_OWN_CONSENT = 16;

    public static void check(Survivor survivor, Consent consent, java.time.LocalDate today) {
        boolean underOwnConsentAge = survivor.birthYear() != null
                ? today.getYear() - survivor.birthYear() < AGE_OF_OWN_CONSENT
                : survivor.ageBand() == AgeBand.AGE_0_11;
        if (underOwnConsentAge && consent.givenBy() != ConsentGiver.GUARDIAN) {
            throw new InvalidInput("consent.givenBy", "problem.consent.guardian-required");
        }
        if (consent.givenBy() == ConsentGiver.GUARDIAN && survivor.guardian() == null) {
            throw new InvalidInput("survivor.guardian", "problem.consent.guardian-missing");
        }
    }

    /** A device's clock may run a little ahead of ours; a consent "given" later than this is a wrong date. */
    public static final java.time.Duration CLOCK_TOLERANCE = java.time.Duration.ofMinutes(10);

    /**
     * Consent is given before it is recorded, and not before the plausible past: a consent dated in 2100 (or in
     * the year 1) is a mistake in a record that decides who learns who she is.
     */
    public static void checkWhen(Consent consent, java.time.Instant now) {
        if (consent.givenAt().isAfter(now.plus(CLOCK_TOLERANCE))) {
            throw new InvalidInput("consent.givenAt", "problem.consent.given-in-future");
        }
        if (consent.givenAt().isBefore(GbvCase.EARLIEST_DATE.atStartOfDay(GbvCase.HANOI).toInstant())) {
            throw new InvalidInput("consent.givenAt", "problem.date.implausible");
        }
    }

    private ConsentPolicy() {
    }
}
