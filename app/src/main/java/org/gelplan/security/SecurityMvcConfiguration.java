package org.gelplan.security;

import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Registers the early role check on every API handler. */
@Configuration(proxyBeanMethods = false)
class SecurityMvcConfiguration implements WebMvcConfigurer {

    private final ApplicationContext context;

    SecurityMvcConfiguration(ApplicationContext context) {
        this.context = context;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new RolesBeforeBodyInterceptor(context)).addPathPatterns("/api/**");
    }
}
