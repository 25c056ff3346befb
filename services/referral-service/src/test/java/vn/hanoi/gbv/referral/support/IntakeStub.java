package vn.hanoi.gbv.referral.support;

import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import vn.hanoi.gbv.platform.testing.TestInfrastructure;

/**
 * A test double of intake's disclosure endpoint and of the authorization server's token endpoint, on a JDK
 * {@link HttpServer} on the loopback address. Referral's own tests use it instead of a running intake-service
 * (another module, with its own database and keys); it checks what the real ones check for this call: the
 * client's credentials and the officer's token at the token endpoint (token exchange, RFC 8693), and a bearer token
 * on the disclosure. The token it issues is the officer's, with {@code act.sub} naming this client. Intake's side of
 * the contract (open referral, consent, fields per agency type, the SurvivorDataDisclosed event) is tested in
 * intake-service itself.
 */
public final class IntakeStub {

    public static final String CLIENT_ID = "referral-service";
    public static final String CLIENT_SECRET = "test-secret";

    /** One call to the disclosure endpoint, as received. */
    public record Call(String path, String query, String authorization) {
    }

    /** One token exchange: the officer's token that came in and the token that went out. */
    public record Exchange(String subjectToken, String issuedToken) {
    }

    private static IntakeStub instance;

    private final HttpServer server;
    private final Map<String, Integer> statusByCase = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

    private IntakeStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/oauth2/token", this::token);
        server.createContext("/api/cases/", this::disclosure);
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0)));
    }

    public static synchronized IntakeStub get() {
        if (instance == null) {
            instance = new IntakeStub();
        }
        return instance;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Intake answers this status for the case (200 unless said otherwise). */
    public void answer(String caseId, int status) {
        statusByCase.put(caseId, status);
    }

    public List<Call> callsFor(String caseId) {
        return calls.stream().filter(call -> call.path().contains(caseId)).toList();
    }

    public List<Exchange> exchanges() {
        return List.copyOf(exchanges);
    }

    private void token(HttpExchange exchange) throws IOException {
        String expected = "Basic " + Base64.getEncoder()
                .encodeToString((CLIENT_ID + ":" + CLIENT_SECRET).getBytes(StandardCharsets.UTF_8));
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        if (!expected.equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        if (!"urn:ietf:params:oauth:grant-type:token-exchange".equals(form.get("grant_type"))
                || !"urn:ietf:params:oauth:token-type:access_token".equals(form.get("subject_token_type"))
                || form.get("subject_token") == null) {
            send(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String token;
        try {
            var officer = SignedJWT.parse(form.get("subject_token")).getJWTClaimsSet();
            token = TestInfrastructure.tokens().exchangedBy(CLIENT_ID, officer.getSubject(),
                    officer.getStringClaim("ward"), officer.getStringClaim("agency"),
                    officer.getStringListClaim("roles").toArray(String[]::new));
        } catch (java.text.ParseException e) {
            send(exchange, 400, "{\"error\":\"invalid_grant\"}");
            return;
        }
        exchanges.add(new Exchange(form.get("subject_token"), token));
        send(exchange, 200, "{\"access_token\":\"" + token + "\",\"token_type\":\"Bearer\",\"expires_in\":300,"
                + "\"issued_token_type\":\"urn:ietf:params:oauth:token-type:access_token\"}");
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new java.util.HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(java.net.URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private void disclosure(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        calls.add(new Call(path, exchange.getRequestURI().getQuery(),
                exchange.getRequestHeaders().getFirst("Authorization")));
        String caseId = path.replaceAll("^/api/cases/([^/]+)/disclosure$", "$1");
        int status = statusByCase.getOrDefault(caseId, 200);
        if (status != 200) {
            send(exchange, status, "{\"status\":" + status + "}");
            return;
        }
        // Fake data, shaped like intake's Disclosure for a POLICE agency.
        send(exchange, 200, "{\"fullName\":\"Nguyễn Thị Test\",\"phones\":[\"+84912345678\"],"
                + "\"address\":\"Số 1 phố Thử\",\"guardian\":null,\"fields\":[\"fullName\",\"phones\",\"address\"]}");
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json;charset=UTF-8");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
