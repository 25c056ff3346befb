package vn.hanoi.gbv.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.EventEnvelope;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.events.intake.CaseVerified;
import vn.hanoi.gbv.events.referral.ReferralAccepted;

/**
 * Security review F3 (the consumers' part): a record on a topic is applied only if its envelope names the topic's
 * owner as producer, and a known event type only on its own topic. Anything else is refused as unreadable, which
 * the error handler parks on the dead-letter topic without retrying.
 */
class TopicOwnersUnitTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final EnvelopeMessageConverter converter = new EnvelopeMessageConverter(
            new EventEnvelopes(json, Clock.systemUTC(), "unused"));
    private final CaseVerified verified = new CaseVerified("case-1", "GBV-1", "hoan-kiem", IncidentType.RAPE,
            RiskLevel.HIGH, Set.of(Need.SAFETY), Set.of(AgencyType.SHELTER, AgencyType.PSYCHOSOCIAL));
    private final Actor hoa = new Actor("hoa", "WARD_VERIFIER", "hoan-kiem", null);

    @Test
    void eachOfOurTopicsHasOneOwner() {
        assertThat(Topics.ownerOf(Topics.INTAKE)).contains("intake-service");
        assertThat(Topics.ownerOf(Topics.REFERRAL)).contains("referral-service");
        assertThat(Topics.ownerOf(Topics.FOLLOWUP)).contains("followup-service");
        assertThat(Topics.ownerOf(Topics.AUDIT_CHECKPOINTS)).contains("audit-service");
        assertThat(Topics.ownerOf("someone.elses.topic")).isEmpty();
    }

    @Test
    void anEventFromTheTopicsOwnerIsRead() {
        Object read = convert(Topics.INTAKE, written("intake-service", verified));

        assertThat(read).isInstanceOfSatisfying(EventEnvelope.class,
                envelope -> assertThat(envelope.payload()).isEqualTo(verified));
    }

    @Test
    void anEventNamingAnotherProducerIsRefused() {
        assertThatThrownBy(() -> convert(Topics.INTAKE, written("followup-service", verified)))
                .isInstanceOf(UnreadableEvent.class).hasMessageContaining("not from intake-service");
        assertThatThrownBy(() -> convert(Topics.INTAKE, written("kcat", verified)))
                .isInstanceOf(UnreadableEvent.class);
        assertThatThrownBy(() -> convert(Topics.INTAKE, written("intake-service", verified)
                .replace("\"producer\":\"intake-service\"", "\"producer\":null")))
                .isInstanceOf(UnreadableEvent.class);
    }

    @Test
    void anEventOfAnotherTopicsTypeIsRefusedEvenFromTheOwner() {
        var accepted = new ReferralAccepted("case-1", "ref-1", "police-hoan-kiem", AgencyType.POLICE, "hoan-kiem",
                RiskLevel.HIGH);

        assertThatThrownBy(() -> convert(Topics.INTAKE, written("intake-service", accepted)))
                .isInstanceOf(UnreadableEvent.class).hasMessageContaining("does not belong");
    }

    private String written(String producer, vn.hanoi.gbv.events.CaseEvent event) {
        return new EventEnvelopes(json, Clock.systemUTC(), producer).toOutbox(event, hoa).payload();
    }

    private Object convert(String topic, String value) {
        return converter.extractAndConvertValue(new ConsumerRecord<>(topic, 0, 0L, "case-1", value), EventEnvelope.class);
    }
}
