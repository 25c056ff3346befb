package vn.hanoi.gbv.referral.webhooks.adapters;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A partner agency's system, as the webhook sees it: a JDK {@link HttpServer} on the loopback address that checks
 * each request's signature the way a partner would (its own HMAC code, not the service's), records what came, and
 * answers the status a test chooses for each path.
 */
final class WebhookReceiver {

    /** One request as received, and whether its signature matched the secret of its path. */
    record Received(String path, Map<String, List<String>> headers, String body, boolean signatureValid) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final Map<String, String> secretByPath;
    private final Map<String, Integer> statusByPath = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    WebhookReceiver(Map<String, String> secretByPath) {
        this.secretByPath = Map.copyOf(secretByPath);
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/hooks/", this::receive);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    void answer(String path, int status) {
        statusByPath.put(path, status);
    }

    void reset() {
        statusByPath.clear();
    }

    /** Requests whose body mentions the text (a case id), in the order received. */
    List<Received> mentioning(String text) {
        return received.stream().filter(r -> r.body().contains(text)).toList();
    }

    private void receive(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String signature = exchange.getRequestHeaders().getFirst("X-GBV-Signature");
        received.add(new Received(path, Map.copyOf(exchange.getRequestHeaders()), body,
                verifies(secretByPath.get(path), signature, body)));
        int status = statusByPath.getOrDefault(path, 204);
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    /** {@code t=<seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">}, compared in constant time. */
    static boolean verifies(String secret, String header, String body) {
        if (secret == null || header == null) {
            return false;
        }
        String t = null;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length == 2 && kv[0].equals("t")) {
                t = kv[1];
            } else if (kv.length == 2 && kv[0].equals("v1")) {
                v1 = kv[1];
            }
        }
        if (t == null || v1 == null || !t.matches("\\d+")) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = mac.doFinal((t + "." + body).getBytes(StandardCharsets.UTF_8));
            return MessageDigest.isEqual(expected, HexFormat.of().parseHex(v1));
        } catch (Exception e) {
            return false;
        }
    }
}
