package vn.hanoi.gbv.events;

/** One topic per producing service, and where unreadable records of each go. */
public final class Topics {

    public static final String INTAKE = "gbv.intake.events";
    public static final String REFERRAL = "gbv.referral.events";
    public static final String FOLLOWUP = "gbv.followup.events";
    /** Signed heads of the case timelines, kept forever (retention.ms=-1): the chain's anchor outside MongoDB. */
    public static final String AUDIT_CHECKPOINTS = "gbv.audit.checkpoints";

    /** Records that cannot be read or handled are parked here, so the partition moves on. */
    public static String deadLetter(String topic) {
        return topic + ".dlt";
    }

    private Topics() {
    }
}
