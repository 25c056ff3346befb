package vn.hanoi.gbv.referral.referrals.adapters.web;

import java.time.Instant;
import vn.hanoi.gbv.referral.referrals.domain.ReferralNote;

/** A note on a referral as its readers see it: who wrote it, when, and the text (decrypted). */
record NoteView(String author, Instant writtenAt, String text) {

    static NoteView of(ReferralNote note) {
        return new NoteView(note.author(), note.writtenAt(), note.text());
    }

    @Override
    public String toString() {
        return "NoteView[by " + author + " at " + writtenAt + "]";
    }
}
