package vn.hanoi.gbv.platform.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** The trace-id filter and the problem-details answers every service shares. */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        "org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration"})
public class WebConfiguration {

    @Bean
    ProblemWriter problemWriter(MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
        return new ProblemWriter(messages, localeResolver, json);
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice(ProblemWriter problems) {
        return new ProblemDetailsAdvice(problems);
    }

    /** Every service refuses request strings that look like MongoDB operators. */
    @Bean
    JsonMapperBuilderCustomizer operatorFreeStrings() {
        return builder -> builder.addModule(OperatorFreeStrings.module());
    }

    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
            @Value("${gbv.web.max-request-body:64KB}") DataSize maxBody, ProblemWriter problems,
            LocaleResolver localeResolver, JsonMapper json) {
        FilterRegistrationBean<RequestSizeLimitFilter> registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(maxBody.toBytes(), problems, localeResolver, json));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    @Bean
    FilterRegistrationBean<TraceIdFilter> traceIdFilter() {
        FilterRegistrationBean<TraceIdFilter> registration = new FilterRegistrationBean<>(new TraceIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
