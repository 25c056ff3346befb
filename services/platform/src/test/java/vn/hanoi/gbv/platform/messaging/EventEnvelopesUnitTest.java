package vn.hanoi.gbv.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.gbv.events.Actor;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventEnvelope;
import vn.hanoi.gbv.events.IncidentType;
import vn.hanoi.gbv.events.Need;
import vn.hanoi.gbv.events.RiskLevel;
import vn.hanoi.gbv.events.Topics;
import vn.hanoi.gbv.events.UnknownEvent;
import vn.hanoi.gbv.events.intake.CaseVerified;

class EventEnvelopesUnitTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:15:30Z");
    private final EventEnvelopes envelopes = new EventEnvelopes(JsonMapper.builder().build(),
            Clock.fixed(NOW, ZoneOffset.UTC), "intake-service");
    private final CaseVerified verified = new CaseVerified("case-1", "GBV-1", "hoan-kiem",
            IncidentType.RAPE, RiskLevel.IMMEDIATE_DANGER, Set.of(Need.MEDICAL), Set.of(AgencyType.HEALTH));
    private final Actor hoa = new Actor("hoa", "WARD_VERIFIER", "hoan-kiem", null);

    @Test
    void anEventGoesToItsServicesTopicKeyedByCaseAndComesBackEqual() {
        OutboxMessage message = envelopes.toOutbox(verified, hoa);

        assertThat(message.topic()).isEqualTo(Topics.INTAKE);
        assertThat(message.key()).isEqualTo("case-1");
        assertThat(message.type()).isEqualTo("CaseVerified");

        EventEnvelope<CaseEvent> read = envelopes.read(message.payload());
        assertThat(read.payload()).isEqualTo(verified);
        assertThat(read.eventId().toString()).isEqualTo(message.eventId());
        assertThat(read.actor()).isEqualTo(hoa);
        assertThat(read.occurredAt()).isEqualTo(NOW);
        assertThat(read.producer()).isEqualTo("intake-service");
        assertThat(read.schemaVersion()).isEqualTo(2);
        assertThat(read.traceId()).isNotBlank();
    }

    @Test
    void anUnknownTypeIsKeptAsUnknownRatherThanDropped() {
        String future = envelopes.toOutbox(verified, hoa).payload().replace("\"CaseVerified\"", "\"CaseMerged\"");

        EventEnvelope<CaseEvent> read = envelopes.read(future);

        assertThat(read.payload()).isEqualTo(new UnknownEvent("case-1", "CaseMerged"));
    }

    @Test
    void aRecordThatIsNotAnEnvelopeIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> envelopes.read("{\"fullName\": \"Nguyễn Thị Secret\""))
                .isInstanceOf(UnreadableEvent.class)
                .hasMessageNotContaining("Secret");
        assertThatThrownBy(() -> envelopes.read("{\"type\": \"CaseVerified\"}"))
                .isInstanceOf(UnreadableEvent.class);
    }

    @Test
    void anEnvelopeWhosePayloadNamesAnotherCaseIsRefused() {
        String forged = envelopes.toOutbox(verified, hoa).payload()
                .replaceFirst("\"caseId\":\"case-1\"", "\"caseId\":\"case-2\"");

        assertThatThrownBy(() -> envelopes.read(forged)).isInstanceOf(UnreadableEvent.class);
    }
}
