package vn.hanoi.gbv.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * A query string Tomcat cannot parse ({@code ?=x}, a bad {@code %} escape) is refused with a 400 problem naming the
 * query, before anything asks for a parameter. Otherwise the first {@code getParameter} deep inside a handler (the
 * actuator's health endpoint, to begin with) threw, and Tomcat logged it at ERROR with a 24 KB stack trace quoting
 * the query: one unauthenticated request, one large log entry carrying what the client typed.
 */
public class QueryStringFilter extends OncePerRequestFilter {

    private final ProblemWriter problems;
    private final LocaleResolver locales;

    public QueryStringFilter(ProblemWriter problems, LocaleResolver locales) {
        this.problems = problems;
        this.locales = locales;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getQueryString() != null) {
            try {
                request.getParameterMap();
            } catch (InvalidParameterException | IllegalArgumentException malformed) {
                var locale = locales.resolveLocale(request);
                ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "problem.invalid-request", null,
                        locale, List.of(new FieldProblem("query",
                                problems.message("problem.query.malformed", null, locale))));
                problems.write(response, problem);
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
