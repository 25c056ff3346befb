package vn.hanoi.gbv.audit.statistics.domain;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fixed buckets for the times a report gives a median of (registration → verification, registration → first
 * accepted referral). A case adds one to the bucket its duration falls in, per registration month and ward, so
 * a median is read from a cumulative histogram of counters, never from the cases themselves.
 *
 * <p><b>Precision:</b> the median is known to lie in its bucket, {@code [from, to)}; the estimate inside it
 * assumes the cases of that bucket are spread evenly (grouped-data interpolation). Buckets are 15 minutes wide
 * up to an hour, then at most double their lower bound (1–2 h, 2–3 h, 3–4 h, 4–6 h, 6–8 h, 8–12 h, 12–24 h,
 * 1–1.5 d, 1.5–2 d, 2–3 d, 3–4 d, 4–5 d, 5–7 d, 7–10 d, 10–14 d, 14–21 d, 21–30 d) and open above 30 days, where
 * only "more than 30 days" is known.
 */
public final class DurationBuckets {

    /** Lower bounds of the buckets, in minutes; the last bucket is open. */
    static final long[] LOWER_MINUTES = {0, 15, 30, 45, 60, 120, 180, 240, 360, 480, 720, 1_440, 2_160, 2_880,
        4_320, 5_760, 7_200, 10_080, 14_400, 20_160, 30_240, 43_200};

    private DurationBuckets() {
    }

    /** The bucket of a duration, named by its lower bound in minutes; a negative duration (clock skew) is 0. */
    public static String bucketOf(Duration duration) {
        long minutes = Math.max(0, duration.toMinutes());
        String bucket = "0";
        for (long lower : LOWER_MINUTES) {
            if (minutes >= lower) {
                bucket = Long.toString(lower);
            }
        }
        return bucket;
    }

    /**
     * The median of a histogram ("lower bound in minutes" → count).
     *
     * @return null when the histogram is empty
     */
    public static Median median(String measure, Map<String, Long> histogram) {
        TreeMap<Long, Long> counts = new TreeMap<>();
        histogram.forEach((bucket, count) -> counts.merge(Long.parseLong(bucket), Math.max(0, count), Long::sum));
        long cases = counts.values().stream().mapToLong(Long::longValue).sum();
        if (cases == 0) {
            return null;
        }
        double half = cases / 2.0;
        long before = 0;
        for (var bucket : counts.entrySet()) {
            long inBucket = bucket.getValue();
            if (inBucket > 0 && before + inBucket >= half) {
                long from = bucket.getKey();
                Long to = upperOf(from);
                long estimate = to == null ? from
                        : Math.round(from + (half - before) / inBucket * (to - from));
                return new Median(measure, cases, from, to, estimate);
            }
            before += inBucket;
        }
        throw new IllegalStateException("unreachable: the buckets add up to " + cases);
    }

    private static Long upperOf(long lower) {
        for (int i = 0; i < LOWER_MINUTES.length - 1; i++) {
            if (LOWER_MINUTES[i] == lower) {
                return LOWER_MINUTES[i + 1];
            }
        }
        return null; // the open bucket, or a bound no longer in the list
    }

    /**
     * A median time, in minutes.
     *
     * @param cases           how many cases it is the median of
     * @param fromMinutes     the median is at least this
     * @param toMinutes       and less than this; null when it is in the open bucket (more than 30 days)
     * @param estimateMinutes interpolated within the bucket
     */
    public record Median(String measure, long cases, long fromMinutes, Long toMinutes, long estimateMinutes) {
    }
}
