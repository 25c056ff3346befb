package vn.hanoi.gbv.audit.timeline.adapters.web;

import java.time.Instant;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.hanoi.gbv.audit.timeline.application.TimelineReading;
import vn.hanoi.gbv.audit.timeline.domain.ChainVerification;
import vn.hanoi.gbv.audit.timeline.domain.Checkpoint;
import vn.hanoi.gbv.audit.timeline.domain.ReaderScope;
import vn.hanoi.gbv.platform.security.CurrentUser;

/**
 * Reading a case's audit timeline, checking it and fetching its signed head: supervisors only, city-wide, or
 * within the ward their token names.
 */
@RestController
@RequestMapping(path = "/api/audit/cases", produces = MediaType.APPLICATION_JSON_VALUE)
class TimelineController {

    private final TimelineReading reading;

    TimelineController(TimelineReading reading) {
        this.reading = reading;
    }

    @GetMapping("/{caseId}/timeline")
    @PreAuthorize("hasRole('SUPERVISOR')")
    TimelineView timeline(@PathVariable String caseId, CurrentUser user) {
        return TimelineView.of(caseId, reading.ofCase(caseId, scopeOf(user)), LocaleContextHolder.getLocale());
    }

    @GetMapping("/{caseId}/verification")
    @PreAuthorize("hasRole('SUPERVISOR')")
    VerificationView verification(@PathVariable String caseId, CurrentUser user) {
        ChainVerification v = reading.verify(caseId, scopeOf(user));
        return new VerificationView(v.intact(), v.entries(), v.headHash(),
                v.checkpoint() == null ? null : CheckpointView.of(v.checkpoint()), v.checkpointValid(),
                v.firstBrokenSeq());
    }

    @GetMapping("/{caseId}/checkpoints/latest")
    @PreAuthorize("hasRole('SUPERVISOR')")
    CheckpointView latestCheckpoint(@PathVariable String caseId, CurrentUser user) {
        return CheckpointView.of(reading.latestCheckpoint(caseId, scopeOf(user)));
    }

    static ReaderScope scopeOf(CurrentUser user) {
        return new ReaderScope(user.ward());
    }

    record VerificationView(boolean intact, int entries, String headHash, CheckpointView checkpoint,
            Boolean checkpointValid, Long firstBrokenSeq) {
    }

    /**
     * A checkpoint with the exact text that was signed, so that a verifier can check the signature with the
     * public key alone, and also rebuild the text from the four fields to be sure it says what they say.
     */
    record CheckpointView(String caseId, long seq, String headHash, Instant checkpointedAt, String keyId,
            String algorithm, String signature, String signedContent) {

        static CheckpointView of(Checkpoint c) {
            return new CheckpointView(c.caseId(), c.seq(), c.headHash(), c.checkpointedAt(), c.keyId(), "Ed25519",
                    c.signature(), c.signedContent());
        }
    }
}
