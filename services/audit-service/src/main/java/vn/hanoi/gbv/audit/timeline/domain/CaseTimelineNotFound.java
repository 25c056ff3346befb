package vn.hanoi.gbv.audit.timeline.domain;

import vn.hanoi.gbv.platform.domain.NotFound;

/** No event of this case has been recorded (or the case is outside the caller's scope): no timeline to show. */
public class CaseTimelineNotFound extends NotFound {

    public CaseTimelineNotFound() {
        super("problem.timeline.not-found", new Object[0]);
    }
}
