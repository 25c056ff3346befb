package vn.hanoi.gbv.intake.cases.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which fields differ between two versions of a record, by path ({@code survivor.address}), descending into
 * nested records. Used for the change history, which names fields and never holds their values.
 */
final class FieldDiff {

    static List<String> changed(String prefix, Record before, Record after) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : after.getClass().getRecordComponents()) {
            Object old = before == null ? null : read(component, before);
            Object now = read(component, after);
            String path = prefix.isEmpty() ? component.getName() : prefix + "." + component.getName();
            if (old instanceof Record oldRecord && now instanceof Record newRecord
                    && oldRecord.getClass() == newRecord.getClass()) {
                changed.addAll(changed(path, oldRecord, newRecord));
            } else if (!Objects.equals(old, now)) {
                changed.add(path);
            }
        }
        return changed;
    }

    private static Object read(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + component.getName(), e);
        }
    }

    private FieldDiff() {
    }
}
