package vn.hanoi.gbv.audit.timeline.domain;

import java.util.List;
import java.util.Objects;

/**
 * Which cases a reader of the audit records may see: every ward (a supervisor without a ward claim), or one
 * ward. A case outside it is answered as if it did not exist.
 */
public record ReaderScope(String ward) {

    public static final ReaderScope CITY_WIDE = new ReaderScope(null);

    public boolean cityWide() {
        return ward == null;
    }

    public boolean covers(String caseWard) {
        return cityWide() || Objects.equals(ward, caseWard);
    }

    /**
     * A case's ward is the one its latest entry names: a case lives in one ward, and if it ever moved, the
     * newest word on it is the one that counts.
     */
    public static String wardOf(List<TimelineEntry> entries) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).ward() != null) {
                return entries.get(i).ward();
            }
        }
        return null;
    }
}
