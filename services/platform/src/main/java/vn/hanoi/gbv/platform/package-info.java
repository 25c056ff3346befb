/**
 * The small chassis every service shares: how events are written, relayed and read; how a JWT becomes a
 * {@link vn.hanoi.gbv.platform.security.CurrentUser}; how errors become localized problem details; how timers run
 * on one instance at a time. No business rules live here.
 */
package vn.hanoi.gbv.platform;
