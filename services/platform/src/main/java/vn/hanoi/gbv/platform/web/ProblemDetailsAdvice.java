package vn.hanoi.gbv.platform.web;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.MethodParameter;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.util.ClassUtils;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import vn.hanoi.gbv.platform.domain.Conflict;
import vn.hanoi.gbv.platform.domain.DomainException;
import vn.hanoi.gbv.platform.domain.Forbidden;
import vn.hanoi.gbv.platform.domain.InvalidInput;
import vn.hanoi.gbv.platform.domain.NotFound;
import vn.hanoi.gbv.platform.domain.PreconditionFailed;
import vn.hanoi.gbv.platform.domain.PreconditionRequired;

/**
 * Maps every failure of a request to a localized problem. Bad input names each bad field, so a counsellor's
 * app can point at it; since nothing is stored before validation passes, a rejected request leaves no trace.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    /** Attributes every constraint has, which are not part of what it demands. */
    private static final Set<String> NOT_ARGUMENTS = Set.of("message", "groups", "payload");

    private final ProblemWriter problems;

    public ProblemDetailsAdvice(ProblemWriter problems) {
        this.problems = problems;
    }

    @ExceptionHandler(DomainException.class)
    ResponseEntity<Object> domain(DomainException e, NativeWebRequest request) {
        HttpStatus status = statusOf(e);
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> fields = e.field() == null ? List.of()
                : List.of(new FieldProblem(e.field(), problems.message(e.messageKey(), e.arguments(), locale)));
        return answer(problems.problem(status, e.messageKey(), e.arguments(), locale, fields));
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> concurrentChange(OptimisticLockingFailureException e, NativeWebRequest request) {
        return answer(problems.problem(HttpStatus.CONFLICT, "problem.concurrent-change", null, LocaleContextHolder.getLocale(),
                List.of()));
    }

    /**
     * The store could not be reached or did not answer in time (an outage, a restart): nothing was saved, and the
     * same request will work once it is back, so 503 with a hint when to try again, not a 500.
     */
    @ExceptionHandler({DataAccessResourceFailureException.class, QueryTimeoutException.class,
            com.mongodb.MongoSocketException.class, com.mongodb.MongoTimeoutException.class})
    ResponseEntity<Object> storeUnavailable(Exception e, NativeWebRequest request) {
        ProblemDetail problem = problems.problem(HttpStatus.SERVICE_UNAVAILABLE, "problem.unavailable", null,
                LocaleContextHolder.getLocale(), List.of());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }

    @ExceptionHandler({AccessDeniedException.class, AuthorizationDeniedException.class})
    ResponseEntity<Object> denied(RuntimeException e, NativeWebRequest request) {
        return answer(problems.problem(HttpStatus.FORBIDDEN, "problem.forbidden", null, LocaleContextHolder.getLocale(),
                List.of()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<Object> badParameter(MethodArgumentTypeMismatchException e, NativeWebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        var field = new FieldProblem(e.getName(), problems.message("problem.field.invalid-value",
                new Object[] {allowedValues(e.getRequiredType())}, locale));
        return answer(problems.problem(HttpStatus.BAD_REQUEST, "problem.invalid-request", null, locale, List.of(field)));
    }

    /**
     * A query or path parameter of a {@code @Validated} controller that breaks its constraint ({@code size=0},
     * an {@code agencyId} of the wrong form) is bad input like a bad body field: 400 naming the parameter.
     * Such a controller is validated through a proxy, which throws ConstraintViolationException (Spring's own
     * parameter validation, below, stands aside for {@code @Validated} classes). Violations raised by anything
     * but the controller handling the request (a {@code @Validated} service, say) are not the caller's fault:
     * they are rethrown, and end as a 500 like any other failure on our side.
     */
    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> invalidParameter(ConstraintViolationException e, HandlerMethod handler) {
        if (!e.getConstraintViolations().stream().allMatch(violation -> raisedBy(handler, violation))) {
            throw e;
        }
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> fields = e.getConstraintViolations().stream()
                .map(violation -> new FieldProblem(parameter(violation, handler), problems.message("problem.field."
                        + violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                        arguments(violation), locale)))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        return answer(problems.problem(HttpStatus.BAD_REQUEST, "problem.invalid-request", null, locale, fields));
    }

    /**
     * The same for a controller that is not {@code @Validated} but puts constraints on its parameters: Spring
     * validates them itself and raises HandlerMethodValidationException, whose default answer names nothing.
     */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> fields = new ArrayList<>();
        for (ParameterValidationResult result : e.getParameterValidationResults()) {
            if (result instanceof ParameterErrors errors) {
                // A @Valid object among the parameters: its fields, named as in a body.
                errors.getFieldErrors().forEach(error -> fields.add(fieldProblem(error.getField(), error, locale)));
                errors.getGlobalErrors().forEach(error -> fields.add(new FieldProblem(error.getObjectName(),
                        problems.message("problem.field." + error.getCode(), null, locale))));
            } else {
                String name = parameterName(result.getMethodParameter());
                result.getResolvableErrors().forEach(error -> fields.add(fieldProblem(name, error, locale)));
            }
        }
        fields.sort(Comparator.comparing(FieldProblem::field));
        return answer(problems.problem(HttpStatus.BAD_REQUEST, "problem.invalid-request", null, locale, fields));
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<FieldProblem> fields = new ArrayList<>();
        e.getBindingResult().getFieldErrors().forEach(error -> fields.add(new FieldProblem(error.getField(),
                problems.message("problem.field." + error.getCode(), constraintArguments(error.getArguments()), locale))));
        e.getBindingResult().getGlobalErrors().forEach(error -> fields.add(new FieldProblem(error.getObjectName(),
                problems.message("problem.field." + error.getCode(), null, locale))));
        return answer(problems.problem(HttpStatus.BAD_REQUEST, "problem.invalid-request", null, locale, fields));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        Throwable cause = e.getCause();
        FieldProblem field;
        if (cause instanceof OperatorLikeValue operator) {
            field = new FieldProblem(path(operator), problems.message("problem.field.operator", null, locale));
        } else if (cause instanceof UnsafeCharacters unsafe) {
            field = new FieldProblem(path(unsafe), problems.message("problem.field.characters", null, locale));
        } else if (cause instanceof StreamReadException read && read.getMessage() != null
                // The parser's duplicate detection (StrictJson turns it on) has no exception type of its own.
                && read.getMessage().startsWith("Duplicate Object property")) {
            field = new FieldProblem(duplicatePath(read), problems.message("problem.field.duplicate", null, locale));
        } else if (cause instanceof UnrecognizedPropertyException unknown) {
            field = new FieldProblem(path(unknown), problems.message("problem.field.unknown", null, locale));
        } else if (cause instanceof InvalidFormatException invalid) {
            field = new FieldProblem(path(invalid), problems.message("problem.field.invalid-value",
                    new Object[] {allowedValues(invalid.getTargetType())}, locale));
        } else if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            field = new FieldProblem(path(mismatched), problems.message("problem.field.wrong-type", null, locale));
        } else if (cause instanceof JacksonException jackson && !(cause instanceof StreamReadException)
                && !jackson.getPath().isEmpty()) {
            field = new FieldProblem(path(jackson), problems.message("problem.field.invalid-value",
                    new Object[] {""}, locale));
        } else {
            field = new FieldProblem("body", problems.message(
                    cause == null ? "problem.body.missing" : "problem.body.malformed", null, locale));
        }
        return answer(problems.problem(HttpStatus.BAD_REQUEST, "problem.invalid-request", null, locale, List.of(field)));
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
            WebRequest request) {
        // Spring's own problems (405, 415, 406 ...) get a localized title and detail too.
        if (body instanceof ProblemDetail detail) {
            Locale locale = LocaleContextHolder.getLocale();
            HttpStatus status = HttpStatus.valueOf(statusCode.value());
            ProblemDetail localized = problems.problem(status, "problem.status." + statusCode.value(), null, locale,
                    List.of());
            localized.setInstance(detail.getInstance());
            return ResponseEntity.status(statusCode).headers(headers).body(localized);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static HttpStatus statusOf(DomainException e) {
        if (e instanceof NotFound) {
            return HttpStatus.NOT_FOUND;
        }
        if (e instanceof Forbidden) {
            return HttpStatus.FORBIDDEN;
        }
        if (e instanceof Conflict) {
            return HttpStatus.CONFLICT;
        }
        if (e instanceof InvalidInput) {
            return HttpStatus.BAD_REQUEST;
        }
        if (e instanceof PreconditionFailed) {
            return HttpStatus.PRECONDITION_FAILED;
        }
        if (e instanceof PreconditionRequired) {
            return HttpStatus.PRECONDITION_REQUIRED;
        }
        return HttpStatus.UNPROCESSABLE_ENTITY;
    }

    private static ResponseEntity<Object> answer(ProblemDetail problem) {
        return ResponseEntity.status(problem.getStatus()).body(problem);
    }

    /**
     * The duplicated property, by its path: the object holding it (from the exception's reference chain) and the
     * name the parser stood on when it met it a second time. The parser's message is not used (it quotes input).
     */
    private static String duplicatePath(StreamReadException e) {
        String holder = path(e);
        String name = e.processor() == null ? null : e.processor().currentName();
        if (name == null || name.isBlank()) {
            return holder;
        }
        return holder.equals("body") ? name : holder + "." + name;
    }

    /** The field's path as the client wrote it: {@code survivor.phone}, {@code needs[1]}. */
    static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }

    private static String allowedValues(Class<?> type) {
        if (type != null && type.isEnum()) {
            return Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        return type == null ? "" : type.getSimpleName();
    }

    private FieldProblem fieldProblem(String field, MessageSourceResolvable error, Locale locale) {
        return new FieldProblem(field, problems.message("problem.field." + constraintName(error),
                constraintArguments(error.getArguments()), locale));
    }

    /** The constraint's simple name ({@code Min}): Spring lists the codes from the most to the least specific. */
    private static String constraintName(MessageSourceResolvable error) {
        String[] codes = error.getCodes();
        return codes == null || codes.length == 0 ? "Valid" : codes[codes.length - 1];
    }

    /** The name the client sent the parameter by, which may differ from the Java parameter's. */
    private static String parameterName(MethodParameter parameter) {
        String name = null;
        RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
        PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
        RequestHeader requestHeader = parameter.getParameterAnnotation(RequestHeader.class);
        CookieValue cookieValue = parameter.getParameterAnnotation(CookieValue.class);
        if (requestParam != null) {
            name = requestParam.name();
        } else if (pathVariable != null) {
            name = pathVariable.name();
        } else if (requestHeader != null) {
            name = requestHeader.name();
        } else if (cookieValue != null) {
            name = cookieValue.name();
        }
        if (name == null || name.isEmpty()) {
            name = parameter.getParameterName();
        }
        return name == null ? "request" : name;
    }

    private static boolean raisedBy(HandlerMethod handler, ConstraintViolation<?> violation) {
        return violation.getRootBeanClass() != null
                && ClassUtils.getUserClass(violation.getRootBeanClass()).isAssignableFrom(handler.getBeanType());
    }

    /**
     * The parameter's name as the client wrote it. The violation's path ends in the Java parameter
     * ({@code list.size}); its position finds the request parameter's own name, if it has one. A path into a
     * {@code @Valid} object ends in that object's field, which is named as it is.
     */
    private static String parameter(ConstraintViolation<?> violation, HandlerMethod handler) {
        Path.Node last = null;
        for (Path.Node node : violation.getPropertyPath()) {
            last = node;
        }
        if (last instanceof Path.ParameterNode parameter
                && parameter.getParameterIndex() < handler.getMethodParameters().length) {
            return parameterName(handler.getMethodParameters()[parameter.getParameterIndex()]);
        }
        return last == null || last.getName() == null ? "request" : last.getName();
    }

    /** The constraint's own attributes by name, as Spring numbers them for the messages of body fields. */
    private static Object[] arguments(ConstraintViolation<?> violation) {
        Map<String, Object> attributes = new TreeMap<>(violation.getConstraintDescriptor().getAttributes());
        attributes.keySet().removeAll(NOT_ARGUMENTS);
        return attributes.values().stream().map(String::valueOf).toArray();
    }

    /** Bean validation's own arguments, less the first (the field's resolvable name). */
    private static Object[] constraintArguments(Object[] arguments) {
        if (arguments == null || arguments.length <= 1) {
            return null;
        }
        return Arrays.stream(arguments, 1, arguments.length).map(String::valueOf).toArray();
    }
}
