package vn.hanoi.gbv.platform.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The trace-id filter and the problem-details answers every service shares: from its controllers, its filters,
 * its {@code /error} page and Tomcat itself.
 */
// Before Boot's error page configuration, which backs off when an ErrorController exists.
@AutoConfiguration(afterName = {
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration",
        "org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration"},
        beforeName = "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration")
public class WebConfiguration {

    @Bean
    ProblemWriter problemWriter(MessageSource messages, LocaleResolver localeResolver, JsonMapper json) {
        return new ProblemWriter(messages, localeResolver, json);
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice(ProblemWriter problems) {
        return new ProblemDetailsAdvice(problems);
    }

    @Bean
    ProblemErrorController problemErrorController(ProblemWriter problems) {
        return new ProblemErrorController(problems);
    }

    /** Tomcat's own answers (bad escapes, oversized headers) as problems too; only where Tomcat is the server. */
    @Bean
    @ConditionalOnClass(name = "org.apache.catalina.startup.Tomcat")
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> tomcatProblems(ObjectProvider<ProblemWriter> problems) {
        return new TomcatProblems(problems);
    }

    @Bean
    FilterRegistrationBean<QueryStringFilter> queryStringFilter(ProblemWriter problems, LocaleResolver localeResolver) {
        FilterRegistrationBean<QueryStringFilter> registration = new FilterRegistrationBean<>(
                new QueryStringFilter(problems, localeResolver));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    /** Every service refuses request strings that look like MongoDB operators. */
    @Bean
    JsonMapperBuilderCustomizer operatorFreeStrings() {
        return builder -> builder.addModule(OperatorFreeStrings.module());
    }

    /** Duplicate keys and type coercions refused (F10 of the security review; see StrictJson). */
    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return new StrictJson();
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
