package vn.hanoi.gbv.intake.support;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body of {@code POST /api/cases}: the least a counsellor must give, which a test then changes where it
 * matters to it. An adult survivor, a physical assault a week ago, medium risk, consent to share with police and
 * health.
 */
public final class CaseBody {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectNode root = JSON.createObjectNode();

    public static CaseBody minimal(String ward, String fullName, String phone, int birthYear) {
        CaseBody body = new CaseBody();
        body.root.put("ward", ward);
        ObjectNode survivor = body.root.putObject("survivor");
        survivor.put("fullName", fullName);
        if (phone != null) {
            survivor.put("phone", phone);
        }
        survivor.put("birthYear", birthYear);
        survivor.put("sex", "FEMALE");
        ObjectNode incident = body.root.putObject("incident");
        incident.put("type", "PHYSICAL_ASSAULT");
        incident.put("occurredOn", TestData.today().minusDays(7).toString());
        body.root.putObject("risk").put("level", "MEDIUM");
        body.root.putArray("needs").add("POLICE").add("MEDICAL");
        ObjectNode consent = body.root.putObject("consent");
        consent.put("services", true);
        consent.putArray("shareWith").add("POLICE").add("HEALTH");
        return body;
    }

    /** A survivor of this test alone, in {@code ward}. */
    public static CaseBody unique(String ward) {
        return minimal(ward, TestData.name(), "0" + TestData.mobileDigits(), 1990);
    }

    public ObjectNode json() {
        return root;
    }

    public ObjectNode survivor() {
        return (ObjectNode) root.get("survivor");
    }

    public ObjectNode incident() {
        return (ObjectNode) root.get("incident");
    }

    public ObjectNode risk() {
        return (ObjectNode) root.get("risk");
    }

    public ObjectNode consent() {
        return (ObjectNode) root.get("consent");
    }

    public CaseBody risk(String level, String... indicators) {
        ObjectNode risk = root.putObject("risk");
        risk.put("level", level);
        ArrayNode list = risk.putArray("indicators");
        for (String indicator : indicators) {
            list.add(indicator);
        }
        return this;
    }

    public CaseBody shareWith(String... agencyTypes) {
        ArrayNode list = consent().putArray("shareWith");
        for (String type : agencyTypes) {
            list.add(type);
        }
        return this;
    }

    public String fullName() {
        return survivor().path("fullName").asString();
    }

    public String ward() {
        return root.path("ward").asString();
    }

    public CaseBody copy() {
        CaseBody copy = new CaseBody();
        copy.root.setAll(root.deepCopy());
        return copy;
    }

    @Override
    public String toString() {
        return JSON.writeValueAsString(root);
    }
}
