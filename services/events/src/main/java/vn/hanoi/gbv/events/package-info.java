/**
 * The event contracts the services share.
 *
 * <p>Every event is a past-tense record about one case. None of them carries survivor-identifying data
 * (names, phones, addresses, birth dates) or free text a person typed: those stay in intake's database,
 * encrypted. Free text is kept out because a counsellor's note or a decline reason can name a survivor.
 *
 * <p>Plain Java: no Spring and no mapper, only Jackson's annotations, so any consumer can read the records.
 */
package vn.hanoi.gbv.events;
