package vn.hanoi.gbv.localstack.mongo;

import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wire server's H2 backend, made to keep every write it has acknowledged: a write command's answer leaves only
 * after the store has been committed to its file. A {@code kill -9} then loses nothing a service was told was saved
 * (the operating system keeps the written file even though the process died).
 *
 * <p>Why: H2's own setting commits in the background about once a second, so a crash lost up to a second of writes
 * that services had already been told were saved, and with them the events in their outboxes; and a background
 * commit could capture a write half done (a document without its unique-index entry).
 *
 * <p>How: write commands run concurrently under a shared lock; a commit takes it exclusively, so it never captures a
 * command half done, and covers every write finished before it (group commit: when many writes finish at once, one
 * commit serves them all). Compaction, which H2's background thread would otherwise do, runs on a timer, also
 * exclusively.
 */
final class CommittingH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(CommittingH2Backend.class);

    /** Commands that change data (lower case); anything else only reads and needs no commit. */
    private static final Set<String> WRITES = Set.of("insert", "update", "delete", "findandmodify", "create",
            "createindexes", "drop", "dropindexes", "dropdatabase", "renamecollection");

    private final MVStore store;
    private final ReentrantReadWriteLock commandsVersusCommit = new ReentrantReadWriteLock();
    private final ReentrantLock committer = new ReentrantLock();
    private final AtomicLong finishedWrites = new AtomicLong();
    private volatile long committedWrites;
    private final ScheduledExecutorService housekeeping;

    private CommittingH2Backend(MVStore store) {
        super(store);
        this.store = store;
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mongo-h2-compaction");
            thread.setDaemon(true);
            return thread;
        });
        housekeeping.scheduleWithFixedDelay(this::compact, 1, 1, TimeUnit.MINUTES);
    }

    /** Opens (or creates) the store file with H2's background commit turned off: commits are ours. */
    static CommittingH2Backend open(String fileName) {
        return new CommittingH2Backend(new MVStore.Builder().fileName(fileName).autoCommitDisabled().open());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        boolean write = WRITES.contains(command.toLowerCase(Locale.ROOT));
        Document answer;
        commandsVersusCommit.readLock().lock();
        try {
            answer = super.handleCommand(channel, databaseName, command, query);
        } finally {
            commandsVersusCommit.readLock().unlock();
        }
        if (write) {
            commitThrough(finishedWrites.incrementAndGet());
        }
        return answer;
    }

    /** Returns once a commit has covered write number {@code ticket}, committing if nobody else has. */
    private void commitThrough(long ticket) {
        if (committedWrites >= ticket) {
            return;
        }
        committer.lock();
        try {
            if (committedWrites >= ticket) {
                return; // a commit that started after our write finished has covered it
            }
            commandsVersusCommit.writeLock().lock();
            try {
                long covered = finishedWrites.get();
                store.commit();
                committedWrites = covered;
            } finally {
                commandsVersusCommit.writeLock().unlock();
            }
        } finally {
            committer.unlock();
        }
    }

    private void compact() {
        commandsVersusCommit.writeLock().lock();
        try {
            if (!store.isClosed()) {
                store.compact(90, 16 * 1024 * 1024);
            }
        } catch (RuntimeException e) {
            log.warn("Compacting the Mongo store failed ({}); will try again", e.getClass().getSimpleName());
        } finally {
            commandsVersusCommit.writeLock().unlock();
        }
    }

    @Override
    public void close() {
        housekeeping.shutdownNow();
        commandsVersusCommit.writeLock().lock();
        try {
            super.close(); // commits and closes the file
        } finally {
            commandsVersusCommit.writeLock().unlock();
        }
    }
}
