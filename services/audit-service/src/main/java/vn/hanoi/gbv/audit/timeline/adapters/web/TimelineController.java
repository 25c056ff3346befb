package vn.hanoi.gbv.audit.timeline.adapters.web;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gbv.audit.timeline.application.TimelineReading;

/** Reading a case's audit timeline: supervisors only, since it spans every ward and agency. */
@RestController
@RequestMapping(path = "/api/audit/cases", produces = MediaType.APPLICATION_JSON_VALUE)
class TimelineController {

    private final TimelineReading reading;

    TimelineController(TimelineReading reading) {
        this.reading = reading;
    }

    @GetMapping("/{caseId}/timeline")
    @PreAuthorize("hasRole('SUPERVISOR')")
    TimelineView timeline(@PathVariable String caseId) {
        return TimelineView.of(caseId, reading.ofCase(caseId), LocaleContextHolder.getLocale());
    }
}
