package org.gelplan.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * Response headers and refusal logging shared by both filter chains. Pages get a Content Security
 * Policy that allows only the application's own scripts, styles, images and fonts (no inline script,
 * no third-party origin); JSON answers allow nothing at all. Frames are refused ({@code DENY} and
 * {@code frame-ancestors 'none'}), content types are not sniffed, the referrer never leaves the site,
 * and HSTS is sent on requests that arrived over TLS, also behind a proxy that says so with
 * {@code X-Forwarded-Proto} ({@code server.forward-headers-strategy: native} trusts only proxies on
 * private addresses). Each chain also signs out users an ADMIN disabled ({@link DisabledUserFilter}) and
 * logs refusals ({@link RefusalLogFilter}).
 */
final class SecurityHeaders {

    static final String PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
            + "frame-ancestors 'none'";
    static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final long HSTS_MAX_AGE_SECONDS = 31_536_000L;

    private SecurityHeaders() {
    }

    static HttpSecurity apply(HttpSecurity http, String contentSecurityPolicy, UserStatus status) throws Exception {
        return http
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                        .contentTypeOptions(options -> { })
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true)
                                .maxAgeInSeconds(HSTS_MAX_AGE_SECONDS))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                                "camera=(), microphone=(), geolocation=(), payment=()")))
                .addFilterBefore(new DisabledUserFilter(status), ExceptionTranslationFilter.class)
                .addFilterBefore(new RefusalLogFilter(), ExceptionTranslationFilter.class);
    }
}
