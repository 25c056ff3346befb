/**
 * Partner webhooks: agencies with their own case systems get each new referral addressed to them, and each change
 * of it, pushed to their URL as a signed JSON document (the same non-identifying view as the inbox). Deliveries are
 * prepared from the referral events, retried with back-off by a timer, parked after the last try and replayed by
 * an administrator.
 */
package vn.hanoi.gbv.referral.webhooks;
