package vn.hanoi.gbv.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published JSON schema and the records cannot drift apart: every field of every event is described. */
class EventSchemaUnitTest {

    private final JsonNode schema = read();

    private static JsonNode read() {
        try (InputStream in = EventSchemaUnitTest.class.getResourceAsStream("/schemas/gbv-events.schema.json")) {
            return JsonMapper.builder().build().readTree(in);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<String> describedFields(String definition) {
        List<String> fields = new ArrayList<>();
        schema.path("$defs").path(definition).path("properties").propertyNames().forEach(fields::add);
        return fields;
    }

    @Test
    void everyCataloguedEventIsDescribedFieldByField() {
        for (EventCatalog.Entry entry : EventCatalog.all()) {
            List<String> components = Arrays.stream(entry.payloadClass().getRecordComponents())
                    .map(java.lang.reflect.RecordComponent::getName).toList();
            assertThat(describedFields(entry.type())).as(entry.type()).containsExactlyInAnyOrderElementsOf(components);
        }
    }

    @Test
    void theEnvelopeIsDescribedFieldByField() {
        List<String> components = Arrays.stream(EventEnvelope.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();
        assertThat(describedFields("EventEnvelope")).containsExactlyInAnyOrderElementsOf(components);
    }

    @Test
    void noEventCarriesAFieldThatCouldIdentifyASurvivor() {
        for (EventCatalog.Entry entry : EventCatalog.all()) {
            assertThat(describedFields(entry.type())).as(entry.type())
                    .noneMatch(field -> field.matches("(?i).*(name|phone|address|birth|note|reason|text).*"));
        }
    }
}
