package vn.hanoi.gbv.events;

/**
 * A past-tense fact about one GBV case. The case id is the Kafka key, so all of one case's events stay in
 * order on one partition.
 */
public interface CaseEvent {

    String caseId();
}
