package org.gelplan.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * Spanish unless the client prefers English; nothing else is offered. A browser that chose a language
 * with {@code ?lang=en} keeps it in the {@code gel-lang} cookie; without the cookie (every API client)
 * {@code Accept-Language} decides.
 */
@Configuration(proxyBeanMethods = false)
public class LocaleConfiguration {

    public static final Locale SPANISH = Locale.forLanguageTag("es");
    public static final List<Locale> SUPPORTED = List.of(SPANISH, Locale.ENGLISH);
    public static final String COOKIE = "gel-lang";

    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    public LocaleResolver localeResolver() {
        AcceptHeaderLocaleResolver byHeader = new AcceptHeaderLocaleResolver();
        byHeader.setSupportedLocales(SUPPORTED);
        byHeader.setDefaultLocale(SPANISH);
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieSameSite("Lax");
        resolver.setDefaultLocaleFunction(byHeader::resolveLocale);
        return resolver;
    }

    /** A supported locale for a language tag from a request, or null for anything else. */
    public static Locale supported(String languageTag) {
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(languageTag)).findFirst().orElse(null);
    }
}
