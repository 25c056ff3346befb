package vn.hanoi.gbv.followup.followups.adapters.web;

import vn.hanoi.gbv.followup.followups.application.FollowUpRecording.Recorded;

/** The answer to a recording: the follow-up now done, and the check planned next. */
record RecordedView(FollowUpView recorded, FollowUpView next) {

    static RecordedView of(Recorded r) {
        return new RecordedView(FollowUpView.of(r.recorded()), FollowUpView.of(r.next()));
    }
}
