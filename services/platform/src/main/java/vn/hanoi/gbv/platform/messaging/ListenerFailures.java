package vn.hanoi.gbv.platform.messaging;

import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.errors.RetriableException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.messaging.converter.MessageConversionException;

/**
 * Tells, from what a listener threw, whether handling the record again can ever succeed.
 *
 * <ul>
 *   <li>{@link Kind#NEVER_SUCCEEDS}: the record cannot be read (not an envelope, an unknown schema version). Parked
 *       on the dead-letter topic at once; no retry changes it.</li>
 *   <li>{@link Kind#TRANSIENT}: the store or the broker was unreachable, timed out, or another writer changed the same
 *       document so often that the retries ran out. It will succeed later, so it is retried with back-off for as long
 *       as it takes: a Mongo outage must not turn acknowledged events into parked ones.</li>
 *   <li>{@link Kind#UNKNOWN}: anything else, most likely a defect. Retried with back-off for a bounded time, then
 *       parked, so one case cannot hold up its partition for ever; an operator replays it after the fix.</li>
 * </ul>
 */
public final class ListenerFailures {

    public enum Kind { NEVER_SUCCEEDS, TRANSIENT, UNKNOWN }

    public static Kind classify(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof MessageConversionException || cause instanceof DeserializationException) {
                return Kind.NEVER_SUCCEEDS;
            }
            if (cause instanceof TransientDataAccessException || cause instanceof DataAccessResourceFailureException
                    || cause instanceof RecoverableDataAccessException || cause instanceof RetriableException
                    || cause instanceof TimeoutException || isMongoConnectivity(cause)) {
                return Kind.TRANSIENT;
            }
        }
        return Kind.UNKNOWN;
    }

    /** The driver's own connectivity failures, should one arrive untranslated. */
    private static boolean isMongoConnectivity(Throwable cause) {
        return cause instanceof com.mongodb.MongoSocketException || cause instanceof com.mongodb.MongoTimeoutException
                || cause instanceof com.mongodb.MongoNotPrimaryException
                || cause instanceof com.mongodb.MongoException mongo && (mongo.hasErrorLabel("RetryableWriteError")
                        || mongo.hasErrorLabel("TransientTransactionError"));
    }

    private ListenerFailures() {
    }
}
