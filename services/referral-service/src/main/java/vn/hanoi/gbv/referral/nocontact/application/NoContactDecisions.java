package vn.hanoi.gbv.referral.nocontact.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.events.AgencyType;
import vn.hanoi.gbv.events.nocontact.NoContactCancelled;
import vn.hanoi.gbv.events.nocontact.NoContactIssued.Recipient;
import vn.hanoi.gbv.events.nocontact.NoContactRequested.OnBehalfOf;
import vn.hanoi.gbv.platform.domain.Conflict;
import vn.hanoi.gbv.platform.security.CurrentUser;
import vn.hanoi.gbv.platform.security.Roles;
import vn.hanoi.gbv.referral.directory.domain.Agency;
import vn.hanoi.gbv.referral.directory.domain.AgencyDirectory;
import vn.hanoi.gbv.referral.nocontact.domain.NoContactNotFound;
import vn.hanoi.gbv.referral.nocontact.domain.NoContactRequest;
import vn.hanoi.gbv.referral.nocontact.domain.NoContactRequests;
import vn.hanoi.gbv.referral.nocontact.domain.NoContactScope;
import vn.hanoi.gbv.referral.referrals.domain.CaseFacts;
import vn.hanoi.gbv.referral.referrals.domain.ReferredCases;
import vn.hanoi.gbv.referral.referrals.domain.RoutingPolicy;
import vn.hanoi.gbv.referral.referrals.domain.Staff;

/**
 * The no-contact decision (Art. 25), step by step: a counsellor or a police officer of the case's ward files the
 * request; a committee officer of the ward records the chair's decision (issued or refused) or cancellation. The
 * case's ward is what referral knows of the case from intake's events ({@link CaseFacts}); an unknown case, or
 * one outside the caller's ward, is "not found".
 */
@Service
public class NoContactDecisions {

    private final NoContactRequests requests;
    private final ReferredCases cases;
    private final AgencyDirectory directory;
    private final Clock clock;

    public NoContactDecisions(NoContactRequests requests, ReferredCases cases, AgencyDirectory directory,
            Clock clock) {
        this.requests = requests;
        this.cases = cases;
        this.directory = directory;
        this.clock = clock;
    }

    public NoContactRequest file(CurrentUser user, String caseId, OnBehalfOf onBehalfOf, boolean survivorRefuses) {
        Staff staff = staff(user);
        CaseFacts facts = cases.byId(caseId).filter(known -> known.ward() != null)
                .filter(known -> NoContactScope.mayFile(staff, known.ward(), agencyOf(staff)))
                .orElseThrow(NoContactNotFound::new);
        Agency committee = RoutingPolicy.agencyFor(facts.ward(), AgencyType.PEOPLES_COMMITTEE, directory)
                .orElseThrow(() -> new Conflict("problem.referral.no-agency-serves-ward",
                        AgencyType.PEOPLES_COMMITTEE, facts.ward()));
        Instant now = clock.instant();
        List<NoContactRequest> earlier = requests.ofCase(caseId);
        if (earlier.stream().anyMatch(request -> request.awaitingDecision(now))) {
            throw new Conflict("problem.no-contact.already-requested");
        }
        NoContactRequest request = NoContactRequest.file(NoContactRequest.idFor(caseId, earlier.size() + 1), caseId,
                facts.ward(), committee.id(), onBehalfOf, survivorRefuses, staff, now);
        if (!requests.addIfAbsent(request, user.asActor(Roles.COUNSELLOR, Roles.AGENCY_OFFICER))) {
            // Another filing for this case took the same number a moment ago.
            throw new Conflict("problem.no-contact.already-requested");
        }
        return request;
    }

    public NoContactRequest issue(CurrentUser officer, String requestId, Instant validFrom, Instant validUntil,
            Set<Recipient> recipients) {
        NoContactRequest request = decidable(officer, requestId);
        request.issue(staff(officer), validFrom, validUntil, recipients, clock.instant());
        requests.update(request, officer.actingAs(Roles.COMMITTEE_OFFICER));
        return request;
    }

    public NoContactRequest refuse(CurrentUser officer, String requestId, String grounds) {
        NoContactRequest request = decidable(officer, requestId);
        request.refuse(staff(officer), grounds, clock.instant());
        requests.update(request, officer.actingAs(Roles.COMMITTEE_OFFICER));
        return request;
    }

    public NoContactRequest cancel(CurrentUser officer, String requestId, NoContactCancelled.Cause cause) {
        NoContactRequest request = decidable(officer, requestId);
        request.cancel(staff(officer), cause, clock.instant());
        requests.update(request, officer.actingAs(Roles.COMMITTEE_OFFICER));
        return request;
    }

    /** The requests of a case, for someone whose scope covers the case; otherwise the case is "not found". */
    public List<NoContactRequest> ofCase(CurrentUser user, String caseId) {
        Staff staff = staff(user);
        CaseFacts facts = cases.byId(caseId).filter(known -> known.ward() != null).orElseThrow(NoContactNotFound::new);
        String committeeId = RoutingPolicy.agencyFor(facts.ward(), AgencyType.PEOPLES_COMMITTEE, directory)
                .map(Agency::id).orElse("");
        if (!NoContactScope.maySee(staff, facts.ward(), committeeId, agencyOf(staff))) {
            throw new NoContactNotFound();
        }
        return requests.ofCase(caseId);
    }

    public NoContactRequest find(CurrentUser user, String requestId) {
        Staff staff = staff(user);
        return requests.byId(requestId).filter(found -> NoContactScope.maySee(staff, found.ward(),
                found.committeeAgencyId(), agencyOf(staff))).orElseThrow(NoContactNotFound::new);
    }

    private NoContactRequest decidable(CurrentUser officer, String requestId) {
        Staff staff = staff(officer);
        return requests.byId(requestId)
                .filter(found -> NoContactScope.mayDecide(staff, found.ward(), found.committeeAgencyId()))
                .orElseThrow(NoContactNotFound::new);
    }

    private Agency agencyOf(Staff staff) {
        return staff.agency() == null ? null : directory.byId(staff.agency()).orElse(null);
    }

    private static Staff staff(CurrentUser user) {
        return new Staff(user.id(), user.roles(), user.ward(), user.agency());
    }
}
