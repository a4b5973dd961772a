package org.gelplan.web;

import org.gelplan.security.AuditMetaDataConfiguration;
import org.gelplan.security.CompositeUserDetailsService;
import org.gelplan.security.ProblemAccessDeniedHandler;
import org.gelplan.security.ProblemAuthenticationEntryPoint;
import org.gelplan.security.ProblemRequestRejectedHandler;
import org.gelplan.security.ScopeGuard;
import org.gelplan.security.SecurityConfiguration;
import org.gelplan.security.UserSourcesConfiguration;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/**
 * Exactly the web platform and the test controller, so that its tests neither need nor are broken
 * by the rest of the application while that is being built. {@code @TestComponent} keeps it out of
 * the application's component scan.
 */
@TestComponent
@Configuration(proxyBeanMethods = false)
@Import({LocaleConfiguration.class, ApiJsonConfiguration.class, WebMvcConfiguration.class,
        ProblemFactory.class, ProblemResponseWriter.class, ProblemDetailsAdvice.class, HostileJsonGuard.class,
        RequestIdFilter.class, RequestBodyLimitFilter.class,
        SecurityConfiguration.class, UserSourcesConfiguration.class, CompositeUserDetailsService.class,
        ProblemAuthenticationEntryPoint.class, ProblemAccessDeniedHandler.class, ProblemRequestRejectedHandler.class,
        ScopeGuard.class,
        AuditMetaDataConfiguration.class, TestApiController.class})
public class WebPlatformTestConfiguration {
}
