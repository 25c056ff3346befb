package vn.hanoi.gbv.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.slf4j.MDC;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;
import vn.hanoi.gbv.platform.messaging.TraceIds;

/**
 * Builds every error answer of every service as RFC 9457 problem details, in the caller's language
 * (Vietnamese or English, by {@code Accept-Language}). Messages come from the bundles, never from exceptions,
 * so nothing a user typed or stored is echoed into an error.
 */
public class ProblemWriter {

    private static final String TYPE_BASE = "https://gbv.hanoi.example/problems/";

    private final MessageSource messages;
    private final LocaleResolver locales;
    private final JsonMapper json;

    public ProblemWriter(MessageSource messages, LocaleResolver locales, JsonMapper json) {
        this.messages = messages;
        this.locales = locales;
        this.json = json;
    }

    public String message(String key, Object[] arguments, Locale locale) {
        return messages.getMessage(key, arguments, key, locale);
    }

    public ProblemDetail problem(HttpStatus status, String key, Object[] arguments, Locale locale,
            List<FieldProblem> fields) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message(key, arguments, locale));
        problem.setType(URI.create(TYPE_BASE + key.replace("problem.", "")));
        problem.setTitle(title(status, locale));
        if (!fields.isEmpty()) {
            problem.setProperty("errors", fields);
        }
        String traceId = MDC.get(TraceIds.MDC_KEY);
        if (traceId != null) {
            problem.setProperty("traceId", traceId);
        }
        return problem;
    }

    /**
     * The problem for a bare status, when nothing more is known (an error Tomcat or a filter answered before any
     * handler ran): the status's own title and detail, or those of its class (4xx, 5xx) for a status without them.
     */
    public ProblemDetail problem(HttpStatus status, Locale locale) {
        String key = "problem.status." + status.value();
        if (messages.getMessage(key, null, null, locale) == null) {
            key = status.is4xxClientError() ? "problem.status.4xx" : "problem.status.500";
        }
        return problem(status, key, null, locale, List.of());
    }

    private String title(HttpStatus status, Locale locale) {
        String title = messages.getMessage("problem.title." + status.value(), null, null, locale);
        return title != null ? title
                : message(status.is4xxClientError() ? "problem.title.400" : "problem.title.500", null, locale);
    }

    /** Writes {@code problem} as the answer, outside Spring MVC (filters, security handlers). */
    public void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(json.writeValueAsString(problem));
    }

    /** The problem as JSON text, for writers that are not servlets (Tomcat's error report valve). */
    public String toJson(ProblemDetail problem) {
        return json.writeValueAsString(problem);
    }

    public void unauthorized(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(request, response, HttpStatus.UNAUTHORIZED, "problem.unauthorized");
    }

    public void forbidden(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String key)
            throws IOException {
        ProblemDetail problem = problem(status, key, null, locales.resolveLocale(request), List.of());
        problem.setInstance(URI.create(request.getRequestURI()));
        write(response, problem);
    }
}
