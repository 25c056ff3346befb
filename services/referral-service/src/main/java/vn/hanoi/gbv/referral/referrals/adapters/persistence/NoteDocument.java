package vn.hanoi.gbv.referral.referrals.adapters.persistence;

import java.time.Instant;

/**
 * A note on a referral as stored: who wrote it and when in clear (the audit timeline says as much), the text
 * encrypted with the platform's field cipher under referral's own notes keys ({@code gbv.referral.notes.*}).
 */
record NoteDocument(String author, Instant writtenAt, String encryptedText) {

    @Override
    public String toString() {
        return "NoteDocument[by " + author + " at " + writtenAt + "]";
    }
}
