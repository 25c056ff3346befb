package vn.hanoi.gbv.events.nocontact;

import vn.hanoi.gbv.events.CaseEvent;

/** The chair refused the request, in writing; the written grounds stay in referral's database. */
public record NoContactRefused(
        String caseId,
        String requestId,
        String ward,
        String committeeAgencyId) implements CaseEvent {
}
