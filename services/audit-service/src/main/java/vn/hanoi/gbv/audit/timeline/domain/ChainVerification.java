package vn.hanoi.gbv.audit.timeline.domain;

import java.util.List;
import java.util.function.Predicate;

/**
 * The answer to "is this case's timeline as it was recorded?". Recomputes every entry's canonical bytes and
 * hash from what is stored and walks the chain from the case's genesis value, then holds the result against
 * the latest signed checkpoint: that catches what the chain alone cannot, a chain rewritten consistently from
 * some entry on, or its last entries removed.
 *
 * @param intact         true only if every entry checks out and agrees with an authentic latest checkpoint
 * @param entries        how many entries are stored
 * @param headHash       the stored hash of the last entry (null when there is none)
 * @param checkpoint     the latest checkpoint, or null if none was made yet
 * @param checkpointValid whether that checkpoint's signature is good (null without a checkpoint)
 * @param firstBrokenSeq the first seq that cannot be vouched for, or null when intact
 */
public record ChainVerification(boolean intact, int entries, String headHash, Checkpoint checkpoint,
        Boolean checkpointValid, Long firstBrokenSeq) {

    /**
     * @param entries     the case's stored entries, ordered by seq
     * @param checkpoints its stored checkpoints, ordered by seq; the last is the latest
     * @param authentic   whether a checkpoint's signature is good
     */
    public static ChainVerification of(String caseId, List<TimelineEntry> entries, List<Checkpoint> checkpoints,
            Predicate<Checkpoint> authentic) {
        Long firstBroken = null;
        String[] recomputed = new String[entries.size() + 1]; // recomputed[seq] while the chain holds
        String previous = HashChain.genesis(caseId);
        long expectedSeq = TimelineEntry.FIRST;
        for (TimelineEntry entry : entries) {
            if (!holds(entry, expectedSeq, previous)) {
                // A gap means an entry was removed; a wrong seq inside the bytes means entries were moved.
                firstBroken = expectedSeq;
                break;
            }
            previous = entry.link().hash();
            recomputed[(int) expectedSeq] = previous;
            expectedSeq++;
        }
        long chainedUpTo = firstBroken == null ? entries.size() : firstBroken - 1;

        Checkpoint latest = checkpoints.isEmpty() ? null : checkpoints.get(checkpoints.size() - 1);
        Boolean latestValid = latest == null ? null : authentic.test(latest);
        if (latest != null && !(latestValid && agrees(latest, recomputed, chainedUpTo))) {
            // The latest checkpoint does not vouch for the chain. The earlier authentic checkpoints that still
            // agree do vouch for the entries up to theirs, so the break lies after the last of those.
            long vouchedUpTo = 0;
            for (Checkpoint earlier : checkpoints) {
                if (authentic.test(earlier) && agrees(earlier, recomputed, chainedUpTo)) {
                    vouchedUpTo = Math.max(vouchedUpTo, earlier.seq());
                } else {
                    break;
                }
            }
            long fromCheckpoints = vouchedUpTo + 1;
            firstBroken = firstBroken == null ? fromCheckpoints : Math.min(firstBroken, fromCheckpoints);
        }
        String head = entries.isEmpty() ? null : entries.get(entries.size() - 1).link().hash();
        return new ChainVerification(firstBroken == null, entries.size(), head, latest, latestValid, firstBroken);
    }

    private static boolean holds(TimelineEntry entry, long expectedSeq, String previous) {
        ChainLink link = entry.link();
        return entry.seq() == expectedSeq
                && link != null
                && entry.canonical().equals(link.canonical())
                && previous.equals(link.prevHash())
                && HashChain.isHash(link.hash())
                && HashChain.next(previous, link.canonical()).equals(link.hash());
    }

    private static boolean agrees(Checkpoint checkpoint, String[] recomputed, long chainedUpTo) {
        return checkpoint.seq() >= TimelineEntry.FIRST && checkpoint.seq() <= chainedUpTo
                && recomputed[(int) checkpoint.seq()].equals(checkpoint.headHash());
    }
}
