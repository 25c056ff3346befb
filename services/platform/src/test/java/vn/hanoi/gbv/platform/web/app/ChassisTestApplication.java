package vn.hanoi.gbv.platform.web.app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A service made of nothing but the chassis and one small API: what every real service gets from the platform
 * (resource server, problem answers, strict JSON, Tomcat's own errors) is tested once, here, on a real server.
 */
@SpringBootApplication
public class ChassisTestApplication {

    /** A body with the kinds of field the services take. */
    public record Sample(@NotBlank String name, int count, boolean flag, LocalDate on, Kind kind) {
    }

    public enum Kind { ONE, TWO }

    @RestController
    static class SampleController {

        @PostMapping(path = "/api/samples", consumes = MediaType.APPLICATION_JSON_VALUE,
                produces = MediaType.APPLICATION_JSON_VALUE)
        @PreAuthorize("isAuthenticated()")
        Sample echo(@Valid @RequestBody Sample sample) {
            return sample;
        }

        @GetMapping(path = "/api/samples/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
        @PreAuthorize("isAuthenticated()")
        Sample one(@PathVariable String id) {
            return new Sample(id, 1, true, LocalDate.of(2026, 1, 1), Kind.ONE);
        }
    }
}
