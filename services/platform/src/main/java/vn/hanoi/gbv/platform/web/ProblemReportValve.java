package vn.hanoi.gbv.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

/**
 * Tomcat's own error page as a problem. Tomcat answers some requests itself before any filter or servlet sees them:
 * an encoded slash or NUL in the path ({@code %2F}, {@code %00}), a malformed escape, a header over the 8 KB limit.
 * Its stock valve wrote an HTML page (naming Tomcat); this one writes the same {@code application/problem+json} as
 * the services, in Vietnamese or English by {@code Accept-Language}. Nothing of the request is echoed or logged.
 */
public class ProblemReportValve extends ErrorReportValve {

    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("vi"));

    private final ObjectProvider<ProblemWriter> problems;

    public ProblemReportValve(ObjectProvider<ProblemWriter> problems) {
        this.problems = problems;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        AtomicBoolean ioAllowed = new AtomicBoolean(false);
        response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
        if (!ioAllowed.get()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code) != null ? HttpStatus.resolve(code) : HttpStatus.BAD_REQUEST;
        ProblemWriter writer = problems.getIfAvailable();
        if (writer == null) {
            return; // the application is not up (yet, or any more): Tomcat's bare status will do
        }
        ProblemDetail problem = writer.problem(status, locale(request.getHeader("Accept-Language")));
        try {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            Writer out = response.getReporter();
            if (out != null) {
                out.write(writer.toJson(problem));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException ignored) {
            // The client went away or the response cannot be written: nothing more to do.
        }
    }

    /** Vietnamese when the caller prefers it to English; English otherwise, and for a header that does not parse. */
    static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LANGUAGES);
            return chosen == null ? Locale.ENGLISH : chosen;
        } catch (IllegalArgumentException malformed) {
            return Locale.ENGLISH;
        }
    }
}
