package org.gelplan.ui;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.gelplan.web.LocaleConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.util.Locale;

/** Pages switch language with {@code ?lang=es|en} (kept in a cookie); the API keeps Accept-Language only. */
@Configuration(proxyBeanMethods = false)
class UiConfiguration implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new LanguageSwitch()).excludePathPatterns("/api/**", "/actuator/**");
    }

    /** Like Spring's LocaleChangeInterceptor, but only for the languages the bundles have. */
    static final class LanguageSwitch implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            Locale chosen = LocaleConfiguration.supported(request.getParameter("lang"));
            LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
            if (chosen != null && resolver != null) {
                resolver.setLocale(request, response, chosen);
            }
            return true;
        }
    }
}
