package vn.hanoi.gbv.platform.web;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.hanoi.gbv.platform.testing.TestInfrastructure;
import vn.hanoi.gbv.platform.web.app.ChassisTestApplication;

/**
 * Base of the tests of what every service gets from the chassis, on a real Tomcat on a random port (Tomcat's own
 * answers never reach MockMvc), with real signed tokens. One context for all of them.
 */
@SpringBootTest(classes = ChassisTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.application.name=chassis-test",
                // Initialised at start, so the first request's log lines are its own.
                "spring.mvc.servlet.load-on-startup=1"})
abstract class ChassisIntegrationTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        TestInfrastructure.register(registry, "chassis-test");
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    HttpResponse<String> send(String method, String pathAndQuery, String body, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + pathAndQuery))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** An answer read off the socket: for requests no HTTP client will send as they are (a malformed escape). */
    record RawAnswer(int status, String contentType, String body) {
    }

    RawAnswer sendRaw(String requestTarget, String... headerLines) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            StringBuilder request = new StringBuilder("GET " + requestTarget + " HTTP/1.1\r\nHost: localhost\r\n");
            for (String header : headerLines) {
                request.append(header).append("\r\n");
            }
            request.append("Connection: close\r\n\r\n");
            socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int split = answer.indexOf("\r\n\r\n");
            String head = answer.substring(0, split);
            String body = answer.substring(split + 4);
            String contentType = head.lines().filter(line -> line.regionMatches(true, 0, "Content-Type:", 0, 13))
                    .map(line -> line.substring(13).strip()).findFirst().orElse("");
            if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
                StringBuilder joined = new StringBuilder();
                String rest = body;
                while (true) {
                    int eol = rest.indexOf("\r\n");
                    int size = Integer.parseInt(rest.substring(0, eol).strip(), 16);
                    if (size == 0) {
                        break;
                    }
                    joined.append(rest, eol + 2, eol + 2 + size);
                    rest = rest.substring(eol + 2 + size + 2);
                }
                body = joined.toString();
            }
            return new RawAnswer(Integer.parseInt(head.substring(9, 12)), contentType, body);
        }
    }

    /**
     * The log lines a request's handling left: lines of Tomcat's request threads, and lines that continue an entry
     * (a stack trace). Background threads (the broker, the relay) are not the request's.
     */
    static List<String> requestLines(Supplier<String> output, int from) {
        return Arrays.stream(output.get().substring(from).split("\\R"))
                .filter(line -> !line.isBlank())
                .filter(line -> line.contains("-exec-") || !Character.isDigit(line.charAt(0)))
                .toList();
    }
}
