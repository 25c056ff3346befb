package vn.hanoi.gbv.followup.followups.application;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.followup.followups.domain.FollowUp;
import vn.hanoi.gbv.followup.followups.domain.FollowUpScope;
import vn.hanoi.gbv.followup.followups.domain.FollowUps;
import vn.hanoi.gbv.followup.followups.domain.Staff;
import vn.hanoi.gbv.followup.followups.domain.WorklistQuery;
import vn.hanoi.gbv.platform.domain.InvalidInput;
import vn.hanoi.gbv.platform.security.CurrentUser;

/**
 * What people read: a case's follow-ups, one follow-up, a counsellor's worklist of her ward and a supervisor's
 * overdue list across her scope. Only what the caller's scope covers is ever in an answer.
 */
@Service
public class FollowUpLookup {

    static final int MAX_PAGE_SIZE = 100;

    /** Which of a ward's open follow-ups a counsellor wants to see. */
    public enum Due {
        /** Due now or later. */
        DUE,
        /** Past their due date, still unrecorded. */
        OVERDUE,
        /** Both. */
        ALL
    }

    private final FollowUps followUps;
    private final Clock clock;

    public FollowUpLookup(FollowUps followUps, Clock clock) {
        this.followUps = followUps;
        this.clock = clock;
    }

    public List<FollowUp> ofCase(CurrentUser user, String caseId) {
        if (caseId == null || caseId.isBlank()) {
            throw new InvalidInput("caseId", "problem.followups.case-id-required");
        }
        Staff staff = staff(user);
        return followUps.ofCase(caseId).stream().filter(followUp -> FollowUpScope.canSee(staff, followUp)).toList();
    }

    public FollowUp byId(CurrentUser user, String id) {
        Staff staff = staff(user);
        return followUps.byId(id).filter(f -> FollowUpScope.canSee(staff, f)).orElseThrow(FollowUpNotFound::followUp);
    }

    /** A counsellor's open follow-ups of her ward, earliest due first. */
    public FollowUps.Page worklist(CurrentUser user, Due due, Instant dueBefore, int page, int size) {
        checkPaging(page, size);
        if (user.ward() == null) {
            // A counsellor without a ward has no caseload; an empty page says so without an error.
            return new FollowUps.Page(List.of(), 0);
        }
        Instant now = clock.instant();
        Instant from = due == Due.DUE ? now : null;
        Instant before = due == Due.OVERDUE ? earliest(now, dueBefore) : dueBefore;
        return followUps.open(new WorklistQuery(user.ward(), from, before, page, size));
    }

    /** A supervisor's overdue follow-ups: the city, or the ward her token names; optionally one ward of it. */
    public FollowUps.Page overdue(CurrentUser user, String ward, int page, int size) {
        checkPaging(page, size);
        String scope = user.ward() != null ? user.ward() : ward;
        if (user.ward() != null && ward != null && !ward.equals(user.ward())) {
            return new FollowUps.Page(List.of(), 0);
        }
        return followUps.open(new WorklistQuery(scope, null, clock.instant(), page, size));
    }

    private static void checkPaging(int page, int size) {
        if (page < 0) {
            throw new InvalidInput("page", "problem.followups.page");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidInput("size", "problem.followups.size", MAX_PAGE_SIZE);
        }
    }

    private static Instant earliest(Instant a, Instant b) {
        return b == null || a.isBefore(b) ? a : b;
    }

    static Staff staff(CurrentUser user) {
        return new Staff(user.id(), user.roles(), user.ward());
    }
}
