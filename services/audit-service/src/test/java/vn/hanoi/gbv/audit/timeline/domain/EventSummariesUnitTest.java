package vn.hanoi.gbv.audit.timeline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.hanoi.gbv.events.CaseEvent;
import vn.hanoi.gbv.events.EventCatalog;

/** A supervisor reads every kind of event in words, in Vietnamese and English, never as a bare code. */
class EventSummariesUnitTest {

    @Test
    void everyCataloguedEventHasASummaryInBothLanguages() throws Exception {
        for (EventCatalog.Entry entry : EventCatalog.all()) {
            Summary summary = EventSummaries.of(sample(entry.payloadClass()));

            assertThat(summary.english()).as(entry.type()).isNotEqualTo(entry.type()).isNotBlank();
            assertThat(summary.vietnamese()).as(entry.type()).isNotEqualTo(entry.type())
                    .isNotEqualTo(summary.english());
        }
    }

    /** An instance with plain values: the summary must not depend on anything a test would have to invent. */
    private static CaseEvent sample(Class<? extends CaseEvent> type) throws Exception {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = plain(types[i]);
        }
        Constructor<? extends CaseEvent> constructor = type.getDeclaredConstructor(types);
        return constructor.newInstance(values);
    }

    private static Object plain(Class<?> type) {
        if (type == String.class) {
            return "x";
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        Map<Class<?>, Object> values = Map.of(Set.class, Set.of(), List.class, List.of(), Instant.class, Instant.EPOCH,
                LocalDate.class, LocalDate.EPOCH);
        return values.get(type);
    }
}
