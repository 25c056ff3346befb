package vn.hanoi.gbv.intake.cases.adapters.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import vn.hanoi.gbv.platform.web.FieldProblem;
import vn.hanoi.gbv.platform.web.ProblemWriter;

/**
 * A query parameter that breaks its constraint ({@code agencyId} of the wrong form, {@code size=0}) is bad input
 * like a bad body field: 400 naming the parameter. The controllers are {@code @Validated}, so such a parameter
 * fails with a {@link ConstraintViolationException}, which the platform's problem advice does not map (it would
 * otherwise be a 500).
 */
@RestControllerAdvice(assignableTypes = {CasesController.class, DisclosureController.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ParameterProblems {

    private static final Set<String> NOT_ARGUMENTS = Set.of("message", "groups", "payload");

    private final ProblemWriter problems;

    ParameterProblems(ProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> invalidParameter(ConstraintViolationException e) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> fields = e.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(parameter(violation), problems.message("problem.field."
                        + violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                        arguments(violation), locale)))
                .sorted(java.util.Comparator.comparing(FieldProblem::field))
                .toList();
        ProblemDetail problem = problems.problem(HttpStatus.BAD_REQUEST, "problem.invalid-request", null, locale,
                fields);
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /** The parameter's name as the client wrote it: the last node of {@code method.parameter}. */
    private static String parameter(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name == null ? "request" : name;
    }

    /** The constraint's own attributes by name, as the platform's messages for body fields number them. */
    private static Object[] arguments(ConstraintViolation<?> violation) {
        Map<String, Object> attributes = new TreeMap<>(violation.getConstraintDescriptor().getAttributes());
        attributes.keySet().removeAll(NOT_ARGUMENTS);
        return attributes.values().stream().map(String::valueOf).toArray();
    }
}
