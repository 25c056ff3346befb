package vn.hanoi.gbv.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.marcnuri.helm.Helm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The chart as Helm renders it with one values file: Helm itself (helm-java bundles it as a native library, so the
 * build needs no helm binary), not a re-implementation of its template language.
 */
final class RenderedChart {

    static final Path REPOSITORY = Path.of("../..").toAbsolutePath().normalize();
    static final Path CHART = REPOSITORY.resolve("infra/k8s/gbv-referral");
    static final String NAMESPACE = "gbv";
    /** The Kubernetes version rendered for; the chart's kubeVersion accepts 1.27 and later. */
    static final String KUBERNETES_VERSION = "v1.33.0";

    /** Refuses duplicate keys, which YAML allows and Kubernetes resolves silently (the last one wins). */
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final Map<String, RenderedChart> CACHE = new ConcurrentHashMap<>();

    final String valuesFile;
    final String yaml;
    final List<JsonNode> manifests;

    private RenderedChart(String valuesFile, String yaml, List<JsonNode> manifests) {
        this.valuesFile = valuesFile;
        this.yaml = yaml;
        this.manifests = manifests;
    }

    /** The chart rendered with its defaults ({@code null}) or with ci/{@code valuesFile} on top; rendered once per JVM. */
    static RenderedChart with(String valuesFile) {
        return CACHE.computeIfAbsent(valuesFile == null ? "" : valuesFile, RenderedChart::render);
    }

    static List<String> valuesFiles() {
        try (var files = Files.list(CHART.resolve("ci"))) {
            List<String> names = new ArrayList<>();
            names.add("");
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".yaml")).sorted().forEach(names::add);
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RenderedChart render(String valuesFile) {
        var template = new Helm(CHART).template().withName("gbv-referral").withNamespace(NAMESPACE)
                .withKubeVersion(KUBERNETES_VERSION);
        if (!valuesFile.isEmpty()) {
            template = template.withValuesFile(CHART.resolve("ci").resolve(valuesFile));
        }
        String yaml = template.call();
        return new RenderedChart(valuesFile, yaml, parse(yaml));
    }

    static List<JsonNode> parse(String yaml) {
        try (var parser = YAML.getFactory().createParser(yaml)) {
            List<JsonNode> documents = new ArrayList<>();
            var iterator = YAML.readValues(parser, JsonNode.class);
            while (iterator.hasNext()) {
                JsonNode document = iterator.next();
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    documents.add(document);
                }
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<JsonNode> ofKind(String kind) {
        return manifests.stream().filter(kind(kind)).toList();
    }

    JsonNode named(String kind, String name) {
        return manifests.stream().filter(kind(kind).and(m -> m.at("/metadata/name").asText().equals(name)))
                .findFirst().orElseThrow(() -> new AssertionError(kind + " " + name + " not rendered with " + describe()));
    }

    String describe() {
        return valuesFile.isEmpty() ? "the default values" : "ci/" + valuesFile;
    }

    @Override
    public String toString() {
        return describe();
    }

    private static Predicate<JsonNode> kind(String kind) {
        return m -> m.path("kind").asText().equals(kind);
    }
}
