package vn.hanoi.gbv.audit.timeline.application;

import java.util.List;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.audit.timeline.domain.CaseTimelineNotFound;
import vn.hanoi.gbv.audit.timeline.domain.ChainVerification;
import vn.hanoi.gbv.audit.timeline.domain.Checkpoint;
import vn.hanoi.gbv.audit.timeline.domain.CheckpointSigner;
import vn.hanoi.gbv.audit.timeline.domain.Checkpoints;
import vn.hanoi.gbv.audit.timeline.domain.ReaderScope;
import vn.hanoi.gbv.audit.timeline.domain.TimelineEntry;
import vn.hanoi.gbv.audit.timeline.domain.Timelines;

/**
 * Reads a case's timeline, its verification and its checkpoints, within the reader's scope: a case outside it
 * is not found, exactly like a case that does not exist.
 */
@Service
public class TimelineReading {

    private final Timelines timelines;
    private final Checkpoints checkpoints;
    private final CheckpointSigner signer;

    public TimelineReading(Timelines timelines, Checkpoints checkpoints, CheckpointSigner signer) {
        this.timelines = timelines;
        this.checkpoints = checkpoints;
        this.signer = signer;
    }

    public List<TimelineEntry> ofCase(String caseId, ReaderScope scope) {
        List<TimelineEntry> entries = timelines.ofCase(caseId);
        if (entries.isEmpty() || !scope.covers(ReaderScope.wardOf(entries))) {
            throw new CaseTimelineNotFound();
        }
        return entries;
    }

    public ChainVerification verify(String caseId, ReaderScope scope) {
        List<TimelineEntry> entries = timelines.ofCase(caseId);
        List<Checkpoint> signed = checkpoints.ofCase(caseId);
        // A case whose entries were all deleted still has its checkpoints: it is reported broken, not unknown
        // (to a city-wide reader; with no entry left nobody can tell its ward).
        boolean known = !entries.isEmpty() || !signed.isEmpty() && scope.cityWide();
        if (!known || !entries.isEmpty() && !scope.covers(ReaderScope.wardOf(entries))) {
            throw new CaseTimelineNotFound();
        }
        return ChainVerification.of(caseId, entries, signed, signer::verify);
    }

    public Checkpoint latestCheckpoint(String caseId, ReaderScope scope) {
        ofCase(caseId, scope);
        return checkpoints.latest(caseId).orElseThrow(CaseTimelineNotFound::new);
    }
}
