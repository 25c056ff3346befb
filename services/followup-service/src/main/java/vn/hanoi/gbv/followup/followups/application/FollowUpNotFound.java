package vn.hanoi.gbv.followup.followups.application;

import vn.hanoi.gbv.platform.domain.NotFound;

/** No follow-up (or case) with this id that the caller may see: 404 either way, so nothing is revealed. */
class FollowUpNotFound extends NotFound {

    FollowUpNotFound(String messageKey) {
        super(messageKey, new Object[0]);
    }

    static FollowUpNotFound followUp() {
        return new FollowUpNotFound("problem.followups.not-found");
    }

    static FollowUpNotFound caseFile() {
        return new FollowUpNotFound("problem.cases.not-found");
    }
}
