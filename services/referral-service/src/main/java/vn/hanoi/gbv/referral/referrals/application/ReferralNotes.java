package vn.hanoi.gbv.referral.referrals.application;

import java.time.Clock;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import vn.hanoi.gbv.platform.security.CurrentUser;
import vn.hanoi.gbv.platform.security.Roles;
import vn.hanoi.gbv.referral.referrals.domain.Referral;
import vn.hanoi.gbv.referral.referrals.domain.ReferralNote;
import vn.hanoi.gbv.referral.referrals.domain.ReferralNotFound;
import vn.hanoi.gbv.referral.referrals.domain.Referrals;

/**
 * Notes for the receiving agency: the case's counsellor or a supervisor adds one (the rules are
 * {@link Referral#addNote}'s), and each reader gets those {@link
 * vn.hanoi.gbv.referral.referrals.domain.ReferralScope#canReadNotes} allows. The text is never logged.
 */
@Service
public class ReferralNotes {

    /** A note does not depend on what the agency did meanwhile, so a concurrent change is retried this often. */
    private static final int ATTEMPTS = 3;

    private final Referrals referrals;
    private final Clock clock;

    public ReferralNotes(Referrals referrals, Clock clock) {
        this.referrals = referrals;
        this.clock = clock;
    }

    /**
     * Appends the note and its ReferralNoteAdded event in one write. Should the agency (or the SLA timer) change
     * the referral at the same moment, the note is added again to the fresh copy, whose state is checked again.
     */
    public Referral add(CurrentUser user, String referralId, String text) {
        for (int attempt = 1; ; attempt++) {
            Referral referral = referrals.byId(referralId).orElseThrow(ReferralNotFound::new);
            referral.addNote(Staffs.of(user), text, clock.instant());
            try {
                // The role that allowed it: the ward's counsellor, else a supervisor.
                boolean wardCounsellor = user.hasRole(Roles.COUNSELLOR) && referral.ward().equals(user.ward());
                referrals.update(referral, user.actingAs(wardCounsellor ? Roles.COUNSELLOR : Roles.SUPERVISOR));
                return referral;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                if (attempt == ATTEMPTS) {
                    throw changedMeanwhile;
                }
            }
        }
    }

    /** The referral's notes {@code user} may read: all of them, or none. */
    public List<ReferralNote> readableBy(CurrentUser user, Referral referral) {
        return referral.notesFor(Staffs.of(user));
    }
}
