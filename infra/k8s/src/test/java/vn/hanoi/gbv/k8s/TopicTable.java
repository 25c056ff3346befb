package vn.hanoi.gbv.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Topics and events" table of docs/architecture.md: who writes each topic and who reads it. Kafka's ACLs,
 * in the chart and in docker-compose.yml, are checked against it, so the documented contract and the enforced one
 * cannot drift apart.
 */
record TopicTable(Map<String, Row> rows) {

    static final List<String> SERVICES = List.of("intake-service", "referral-service", "followup-service", "audit-service");

    private static final Pattern ROW = Pattern.compile("^\\|\\s*`(gbv\\.[a-z.]+)`\\s*\\|([^|]*)\\|([^|]*)\\|([^|]*)\\|\\s*$");
    private static final Pattern SERVICE = Pattern.compile("\\b(intake|referral|followup|audit)-service(?![\\w-])");

    record Row(String topic, String producer, Set<String> consumers) {
    }

    static TopicTable fromArchitectureDoc() {
        try {
            List<String> lines = Files.readAllLines(RenderedChart.REPOSITORY.resolve("docs/architecture.md"));
            Map<String, Row> rows = new LinkedHashMap<>();
            for (String line : lines) {
                Matcher row = ROW.matcher(line);
                if (row.matches()) {
                    Set<String> producers = services(row.group(2));
                    if (producers.size() != 1) {
                        throw new IllegalStateException("topic " + row.group(1) + " must have one producer: " + line);
                    }
                    rows.put(row.group(1), new Row(row.group(1), producers.iterator().next(), services(row.group(4))));
                }
            }
            if (rows.isEmpty()) {
                throw new IllegalStateException("no topic rows found in docs/architecture.md");
            }
            return new TopicTable(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> services(String cell) {
        Set<String> services = new TreeSet<>();
        Matcher service = SERVICE.matcher(cell);
        while (service.find()) {
            services.add(service.group());
        }
        return services;
    }

    static String deadLetter(String topic) {
        return topic + ".dlt";
    }

    /** The topics {@code service} may write: its own, and the dead-letter topic of each one it reads. */
    Set<String> writes(String service) {
        Set<String> topics = new TreeSet<>();
        for (Row row : rows.values()) {
            if (row.producer().equals(service)) {
                topics.add(row.topic());
            }
            if (row.consumers().contains(service)) {
                topics.add(deadLetter(row.topic()));
            }
        }
        return topics;
    }

    /** The topics {@code service} may read. */
    Set<String> reads(String service) {
        Set<String> topics = new TreeSet<>();
        rows.values().stream().filter(row -> row.consumers().contains(service)).forEach(row -> topics.add(row.topic()));
        return topics;
    }

    /** Every topic, the dead-letter topics of those somebody reads included. */
    Set<String> allTopics() {
        Set<String> topics = new TreeSet<>(rows.keySet());
        rows.values().stream().filter(row -> !row.consumers().isEmpty()).forEach(row -> topics.add(deadLetter(row.topic())));
        return topics;
    }
}
