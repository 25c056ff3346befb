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

    private ConsentPolicy() {
    }
}
