package vn.hanoi.gbv.platform.web;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.annotation.Validated;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.validation.beanvalidation.MethodValidationInterceptor;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * Query parameters that break their constraints answer 400 naming the parameter, in the caller's language, whether
 * the controller is {@code @Validated} (a proxy throws ConstraintViolationException) or not (Spring raises
 * HandlerMethodValidationException).
 */
class ParameterProblemsUnitTest {

    private static final LocalValidatorFactoryBean VALIDATOR = new LocalValidatorFactoryBean();

    static {
        VALIDATOR.afterPropertiesSet();
    }

    private final MockMvc mvc = mvc(proxied(new ValidatedController(proxied(new Checker()))), new PlainController());

    @AfterAll
    static void closeValidator() {
        VALIDATOR.close();
    }

    @Test
    void aValidatedControllersParameterIsNamedWithItsConstraint() throws Exception {
        mvc.perform(get("/validated").param("size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("Some fields of the request are invalid."))
                .andExpect(jsonPath("$.errors.length()").value(1))
                .andExpect(jsonPath("$.errors[0].field").value("size"))
                .andExpect(jsonPath("$.errors[0].message").value("Must be at least 1."));
    }

    @Test
    void everyBadParameterIsNamedInOrderByTheNameTheClientSent() throws Exception {
        mvc.perform(get("/validated").param("size", "101").param("agency", "Police HK!"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("agency"))
                .andExpect(jsonPath("$.errors[0].message").value("This value has the wrong format."))
                .andExpect(jsonPath("$.errors[1].field").value("size"))
                .andExpect(jsonPath("$.errors[1].message").value("Must be at most 100."));
    }

    @Test
    void aParameterSpringValidatesItselfIsNamedToo() throws Exception {
        mvc.perform(get("/plain").param("page-size", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("page-size"))
                .andExpect(jsonPath("$.errors[0].message").value("Must be at least 1."));
    }

    @Test
    void problemsWithParametersAreInVietnameseForACallerWhoAsks() throws Exception {
        mvc.perform(get("/validated").param("size", "0").header(HttpHeaders.ACCEPT_LANGUAGE, "vi"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.title").value("Yêu cầu không hợp lệ"))
                .andExpect(jsonPath("$.errors[0].message").value("Phải từ 1 trở lên."));
        mvc.perform(get("/plain").param("page-size", "0").header(HttpHeaders.ACCEPT_LANGUAGE, "vi"))
                .andExpect(jsonPath("$.errors[0].message").value("Phải từ 1 trở lên."));
    }

    @Test
    void aViolationRaisedBehindTheControllerIsNotTheCallersFault() {
        // Not answered as a 400: it goes on as the failure on our side that it is.
        assertThatThrownBy(() -> mvc.perform(get("/validated").param("size", "5").param("check", "0")))
                .hasRootCauseInstanceOf(ConstraintViolationException.class);
    }

    @Validated
    @RestController
    static class ValidatedController {

        private final Checker checker;

        ValidatedController() {
            this(null);
        }

        ValidatedController(Checker checker) {
            this.checker = checker;
        }

        @GetMapping("/validated")
        String list(@RequestParam @Min(1) @Max(100) int size,
                @RequestParam(name = "agency", required = false) @Pattern(regexp = "[a-z-]+") String agencyId,
                @RequestParam(required = false) Integer check) {
            if (check != null) {
                checker.check(check);
            }
            return "ok";
        }
    }

    @RestController
    static class PlainController {

        @GetMapping("/plain")
        String list(@RequestParam(name = "page-size") @Min(1) int size) {
            return "ok";
        }
    }

    /** A validated bean behind a controller, whose own rules the caller cannot have broken. */
    @Validated
    static class Checker {

        void check(@Min(1) int value) {
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxied(T target) {
        ProxyFactory proxy = new ProxyFactory(target);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(new MethodValidationInterceptor((jakarta.validation.Validator) VALIDATOR));
        return (T) proxy.getProxy();
    }

    private static MockMvc mvc(Object... controllers) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("problems");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        AcceptHeaderLocaleResolver locales = new AcceptHeaderLocaleResolver();
        locales.setDefaultLocale(Locale.ENGLISH);
        ProblemWriter problems = new ProblemWriter(messages, locales, JsonMapper.builder().build());
        return MockMvcBuilders.standaloneSetup(controllers).setControllerAdvice(new ProblemDetailsAdvice(problems))
                .setLocaleResolver(locales).setValidator(VALIDATOR).build();
    }
}
