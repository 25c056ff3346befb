package vn.hanoi.gbv.followup.followups.adapters.web;

import vn.hanoi.gbv.followup.followups.domain.FollowUp;
import vn.hanoi.gbv.followup.followups.domain.Recording;

/** One follow-up with what was recorded, notes included: only for the people whose scope covers it. */
record FollowUpDetailView(FollowUpView followUp, Recording recording) {

    static FollowUpDetailView of(FollowUp f) {
        return new FollowUpDetailView(FollowUpView.of(f), f.recording());
    }
}
