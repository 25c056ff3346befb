package vn.hanoi.gbv.followup.followups.adapters.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import vn.hanoi.gbv.events.followup.ClosureCause;
import vn.hanoi.gbv.events.followup.ReopenCause;

/** The bodies of the closure endpoints. Free text is kept, encrypted, in this service only. */
final class ClosureRequests {

    /** @param explanation required when the reason is OTHER */
    record Request(@NotNull ClosureCause reason, @Size(max = 1000) String explanation) {
    }

    record Rejection(@NotNull @Size(min = 1, max = 2000) String comment) {
    }

    /** @param explanation required when the reason is OTHER */
    record Reopen(@NotNull ReopenCause reason, @Size(max = 1000) String explanation) {
    }

    private ClosureRequests() {
    }
}
