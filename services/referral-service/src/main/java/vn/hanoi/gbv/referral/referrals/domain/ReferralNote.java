package vn.hanoi.gbv.referral.referrals.domain;

import java.time.Instant;

/**
 * What the case's counsellor or a supervisor tells the receiving agency it needs to act safely ("call only after
 * 6 pm; her husband checks her phone", "she speaks Hmong"). Free text that can identify her: stored encrypted,
 * shown only to those {@link ReferralScope#canReadNotes} allows, never in an event, a log or a webhook.
 *
 * @param author    the user id of who wrote it
 * @param writtenAt when (to the millisecond, as stored)
 * @param text      the note, stripped of surrounding blanks
 */
public record ReferralNote(String author, Instant writtenAt, String text) {

    /** The longest note, in characters. */
    public static final int MAX_LENGTH = 2000;

    @Override
    public String toString() {
        // Who and when only: the text stays out of anything that might be logged.
        return "ReferralNote[by " + author + " at " + writtenAt + "]";
    }
}
