package vn.hanoi.gbv.audit.timeline.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import vn.hanoi.gbv.platform.domain.InvalidInput;

/**
 * Days of the access log asked for, in Hanoi time, both ends included. Refused when inverted or longer than
 * five years: nobody needs more at once, and it bounds what one request can make the database read.
 */
public record AccessPeriod(LocalDate from, LocalDate to) {

    public static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int MAX_YEARS = 5;
    static final int DEFAULT_DAYS = 30;

    /** The period asked for; a missing end defaults to today, a missing start to 30 days before the end. */
    public static AccessPeriod of(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to != null ? to : today;
        LocalDate start = from != null ? from : end.minusDays(DEFAULT_DAYS);
        if (start.isAfter(end)) {
            throw new InvalidInput("from", "problem.period.inverted");
        }
        if (end.isAfter(start.plusYears(MAX_YEARS))) {
            throw new InvalidInput("to", "problem.period.too-long", MAX_YEARS);
        }
        return new AccessPeriod(start, end);
    }

    public Instant start() {
        return from.atStartOfDay(HANOI).toInstant();
    }

    /** The first instant after the period. */
    public Instant end() {
        return to.plusDays(1).atStartOfDay(HANOI).toInstant();
    }
}
