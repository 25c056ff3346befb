package vn.hanoi.gbv.audit.timeline.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Checkpoints in a list, one per case and seq like the real store. */
public class InMemoryCheckpoints implements Checkpoints {

    public final List<Checkpoint> added = new ArrayList<>();

    @Override
    public void add(Checkpoint checkpoint) {
        if (added.stream().noneMatch(c -> c.caseId().equals(checkpoint.caseId()) && c.seq() == checkpoint.seq())) {
            added.add(checkpoint);
        }
    }

    @Override
    public Optional<Checkpoint> latest(String caseId) {
        return added.stream().filter(c -> c.caseId().equals(caseId)).max(Comparator.comparingLong(Checkpoint::seq));
    }

    @Override
    public List<Checkpoint> ofCase(String caseId) {
        return added.stream().filter(c -> c.caseId().equals(caseId)).sorted(Comparator.comparingLong(Checkpoint::seq))
                .toList();
    }
}
