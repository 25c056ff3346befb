package vn.hanoi.gbv.audit.timeline.adapters.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gbv.audit.timeline.application.AccessLog;
import vn.hanoi.gbv.audit.timeline.domain.AccessDetail;
import vn.hanoi.gbv.audit.timeline.domain.AccessPeriod;
import vn.hanoi.gbv.audit.timeline.domain.TimelineEntry;
import vn.hanoi.gbv.audit.timeline.adapters.web.TimelineView.ActorView;
import vn.hanoi.gbv.platform.security.CurrentUser;

/**
 * Who looked at which case, by case, by person and by period, newest first. Supervisors only, and only for
 * cases of their scope: a ward-scoped supervisor sees who looked at her ward's cases, and nothing of others.
 */
@RestController
class AccessLogController {

    private final AccessLog log;
    private final Clock clock;

    AccessLogController(AccessLog log, Clock clock) {
        this.log = log;
        this.clock = clock;
    }

    @GetMapping(path = "/api/audit/access", produces = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize("hasRole('SUPERVISOR')")
    AccessLogView access(@RequestParam(required = false) String caseId, @RequestParam(required = false) String person,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            CurrentUser user) {
        AccessPeriod period = AccessPeriod.of(from, to, LocalDate.now(clock.withZone(AccessPeriod.HANOI)));
        List<TimelineEntry> found = log.find(blankToNull(caseId), blankToNull(person), period,
                TimelineController.scopeOf(user));
        var locale = LocaleContextHolder.getLocale();
        return new AccessLogView(period.from(), period.to(), found.size() == AccessLog.MAX_ROWS,
                found.stream().map(e -> AccessView.of(e, e.summary().in(locale))).toList());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** @param truncated more rows matched than one answer holds: narrow the period */
    record AccessLogView(LocalDate from, LocalDate to, boolean truncated, List<AccessView> accesses) {
    }

    record AccessView(String caseId, long seq, String type, Instant occurredAt, String person, ActorView actor,
            String ward, String view, String agencyId, String agencyType, List<String> fields, String summary) {

        static AccessView of(TimelineEntry e, String summary) {
            AccessDetail a = e.access();
            var actor = e.actor() == null ? null
                    : new ActorView(e.actor().id(), e.actor().role(), e.actor().ward(), e.actor().agency());
            return new AccessView(e.caseId(), e.seq(), e.type(), e.occurredAt(), a.person(), actor, e.ward(), a.view(),
                    a.agencyId(), a.agencyType(), a.fields(), summary);
        }
    }
}
