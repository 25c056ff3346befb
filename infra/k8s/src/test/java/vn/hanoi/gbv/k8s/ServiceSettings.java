package vn.hanoi.gbv.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.Yaml;

/** What a service's own settings file (services/&lt;service&gt;/src/main/resources/&lt;service&gt;.yml) says about Kafka. */
record ServiceSettings(String service, String publishes, Set<String> consumes, Set<String> consumerGroups) {

    @SuppressWarnings("unchecked")
    static ServiceSettings of(String service) {
        var file = RenderedChart.REPOSITORY.resolve("services").resolve(service).resolve("src/main/resources").resolve(service + ".yml");
        try (Reader reader = Files.newBufferedReader(file)) {
            Map<String, Object> yaml = new Yaml().load(reader);
            Map<String, Object> messaging = (Map<String, Object>) path(yaml, "gbv", "messaging").orElseThrow();
            Set<String> groups = new TreeSet<>();
            // spring.kafka.consumer.group-id defaults to spring.application.name (platform's PlatformDefaults).
            groups.add((String) path(yaml, "spring", "application", "name").orElseThrow());
            // The partner webhooks read in a group of their own.
            path(yaml, "gbv", "referral", "webhooks", "consumer-group").ifPresent(group -> groups.add((String) group));
            return new ServiceSettings(service, (String) messaging.getOrDefault("publishes", ""),
                    new TreeSet<>((List<String>) messaging.getOrDefault("consumes", List.of())), groups);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Optional<Object> path(Map<String, Object> yaml, String... keys) {
        Object node = yaml;
        for (String key : keys) {
            if (!(node instanceof Map<?, ?> map) || !map.containsKey(key)) {
                return Optional.empty();
            }
            node = ((Map<String, Object>) map).get(key);
        }
        return Optional.ofNullable(node);
    }
}
