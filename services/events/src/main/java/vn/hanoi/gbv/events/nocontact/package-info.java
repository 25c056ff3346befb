/**
 * Events of the People's Committee no-contact decision (Law 13/2022/QH15, Art. 25), published by referral-service
 * on {@code gbv.referral.events}, keyed by the case. Codes, ids and times only: the written reasons of a refusal
 * stay in referral's database, and no person is named (recipients are roles, not people).
 */
package vn.hanoi.gbv.events.nocontact;
