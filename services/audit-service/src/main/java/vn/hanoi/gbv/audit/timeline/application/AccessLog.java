package vn.hanoi.gbv.audit.timeline.application;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.audit.timeline.domain.AccessPeriod;
import vn.hanoi.gbv.audit.timeline.domain.CaseTimelineNotFound;
import vn.hanoi.gbv.audit.timeline.domain.ReaderScope;
import vn.hanoi.gbv.audit.timeline.domain.TimelineEntry;
import vn.hanoi.gbv.audit.timeline.domain.Timelines;
import vn.hanoi.gbv.audit.timeline.domain.Timelines.AccessQuery;

/**
 * Who opened which case, or had its survivor's contact details disclosed, and when: read from the access
 * entries of the timelines, so the log is as tamper-evident as the timelines themselves.
 */
@Service
public class AccessLog {

    public static final int MAX_ROWS = 1000;

    private final Timelines timelines;

    public AccessLog(Timelines timelines) {
        this.timelines = timelines;
    }

    public List<TimelineEntry> find(String caseId, String person, AccessPeriod period, ReaderScope scope) {
        if (caseId != null) {
            // One case: it must exist and lie in scope, else 404 like its timeline.
            List<TimelineEntry> entries = timelines.ofCase(caseId);
            if (entries.isEmpty() || !scope.covers(ReaderScope.wardOf(entries))) {
                throw new CaseTimelineNotFound();
            }
        }
        return timelines.accesses(new AccessQuery(caseId, person, scope.ward(), period.start(), period.end()),
                MAX_ROWS);
    }
}
