package vn.hanoi.gbv.audit.timeline.application;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.audit.timeline.domain.CaseTimelineNotFound;
import vn.hanoi.gbv.audit.timeline.domain.TimelineEntry;
import vn.hanoi.gbv.audit.timeline.domain.Timelines;

/** Reads a case's timeline, in the order it was recorded. */
@Service
public class TimelineReading {

    private final Timelines timelines;

    public TimelineReading(Timelines timelines) {
        this.timelines = timelines;
    }

    public List<TimelineEntry> ofCase(String caseId) {
        List<TimelineEntry> entries = timelines.ofCase(caseId);
        if (entries.isEmpty()) {
            throw new CaseTimelineNotFound();
        }
        return entries;
    }
}
