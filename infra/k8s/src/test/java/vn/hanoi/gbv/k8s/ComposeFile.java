package vn.hanoi.gbv.k8s;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/** docker-compose.yml as text and as the tree Compose reads, optionally with its variables filled in as Compose would. */
final class ComposeFile {

    /** ${NAME}, ${NAME:-default}, ${NAME-default}, ${NAME:?error}, ${NAME?error}; "$$" is a literal "$". */
    static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?}");

    final String text;

    private ComposeFile(String text) {
        this.text = text;
    }

    static ComposeFile read() {
        try {
            return new ComposeFile(Files.readString(RenderedChart.REPOSITORY.resolve("docker-compose.yml")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as parsed, variables left as written. */
    Map<String, Object> tree() {
        return new Yaml().load(text);
    }

    /** The file as Compose runs it with {@code environment}: variables replaced, "$$" unescaped; a missing ":?" variable fails. */
    Map<String, Object> interpolated(Function<String, String> environment) {
        StringBuilder out = new StringBuilder();
        Matcher variable = VARIABLE.matcher(text.replace("$$", "\u0000"));
        while (variable.find()) {
            String value = environment.apply(variable.group(1));
            String operator = variable.group(2);
            if ((value == null || value.isEmpty()) && operator != null) {
                if (operator.endsWith("?")) {
                    throw new IllegalStateException("compose refuses to start: " + variable.group(1) + ": " + variable.group(3));
                }
                value = variable.group(3);
            }
            variable.appendReplacement(out, Matcher.quoteReplacement(value == null ? "" : value));
        }
        variable.appendTail(out);
        return new Yaml().load(out.toString().replace("\u0000", "$"));
    }
}
