package vn.hanoi.gbv.referral.referrals.application;

import tools.jackson.databind.JsonNode;

/**
 * Intake's disclosure endpoint, asked for the officer making the current request: the survivor fields her agency
 * may see under the survivor's consent. Intake learns the officer and her agency from a token obtained for her (not
 * from anything referral says), checks the open referral and consent, and records the disclosure on the case's
 * timeline; referral passes the answer on as it came and keeps nothing of it.
 */
public interface SurvivorContacts {

    /**
     * @throws DisclosureRefused when intake refuses (no consent, or consent withdrawn)
     * @throws IntakeUnavailable when intake cannot be asked or answers with an error
     */
    JsonNode disclose(String caseId);

    /** Intake said no: the survivor has not consented to share with this agency type (or withdrew it). */
    class DisclosureRefused extends vn.hanoi.gbv.platform.domain.Forbidden {
        public DisclosureRefused() {
            super("problem.referral.disclosure-refused");
        }
    }

    /** Intake could not answer; nothing was disclosed. */
    class IntakeUnavailable extends RuntimeException {
        public IntakeUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
