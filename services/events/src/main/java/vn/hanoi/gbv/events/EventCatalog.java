package vn.hanoi.gbv.events;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.hanoi.gbv.events.followup.FollowUpScheduled;
import vn.hanoi.gbv.events.intake.CaseAccessed;
import vn.hanoi.gbv.events.intake.CaseLinked;
import vn.hanoi.gbv.events.intake.CaseRegistered;
import vn.hanoi.gbv.events.intake.CaseUpdated;
import vn.hanoi.gbv.events.intake.CaseVerificationOverdue;
import vn.hanoi.gbv.events.intake.ConsentChanged;
import vn.hanoi.gbv.events.intake.EmergencyCaseRegistered;
import vn.hanoi.gbv.events.intake.SurvivorDataDisclosed;
import vn.hanoi.gbv.events.intake.CaseRejected;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.events.referral.ReferralAccepted;
import vn.hanoi.gbv.events.referral.ReferralCreated;
import vn.hanoi.gbv.events.referral.ReferralDeclined;

/**
 * Every event type by name, the topic it is published on and its schema version. The name is the record's
 * simple name, and it is what the envelope's {@code type} says.
 */
public final class EventCatalog {

    /** One known event type. */
    public record Entry(String type, Class<? extends CaseEvent> payloadClass, String topic, int schemaVersion) {
    }

    private static final Map<String, Entry> BY_TYPE = Stream.of(
                    // Version 2 added the statistical profile (absent, so null, in version 1).
                    entry(CaseRegistered.class, Topics.INTAKE, 2),
                    entry(CaseVerified.class, Topics.INTAKE, 2),
                    entry(CaseRejected.class, Topics.INTAKE),
                    entry(EmergencyCaseRegistered.class, Topics.INTAKE),
                    entry(CaseUpdated.class, Topics.INTAKE),
                    entry(ConsentChanged.class, Topics.INTAKE),
                    entry(CaseVerificationOverdue.class, Topics.INTAKE),
                    entry(CaseAccessed.class, Topics.INTAKE),
                    entry(SurvivorDataDisclosed.class, Topics.INTAKE),
                    entry(CaseLinked.class, Topics.INTAKE),
                    entry(ReferralCreated.class, Topics.REFERRAL),
                    entry(ReferralAccepted.class, Topics.REFERRAL),
                    entry(ReferralDeclined.class, Topics.REFERRAL),
                    entry(FollowUpScheduled.class, Topics.FOLLOWUP))
            .collect(Collectors.toUnmodifiableMap(Entry::type, Function.identity()));

    private static Entry entry(Class<? extends CaseEvent> payloadClass, String topic) {
        return entry(payloadClass, topic, 1);
    }

    private static Entry entry(Class<? extends CaseEvent> payloadClass, String topic, int schemaVersion) {
        return new Entry(payloadClass.getSimpleName(), payloadClass, topic, schemaVersion);
    }

    public static Optional<Entry> byType(String type) {
        return Optional.ofNullable(BY_TYPE.get(type));
    }

    public static Entry of(CaseEvent event) {
        return byType(event.getClass().getSimpleName())
                .orElseThrow(() -> new IllegalArgumentException("Not a catalogued event: " + event.getClass()));
    }

    public static Iterable<Entry> all() {
        return BY_TYPE.values();
    }

    private EventCatalog() {
    }
}
