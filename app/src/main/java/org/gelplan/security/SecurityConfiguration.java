package org.gelplan.security;

import org.gelplan.core.DemoProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Two filter chains. The API ({@code /api/**}, {@code /actuator/**}) is stateless HTTP Basic with
 * problem-detail 401/403 answers and no CSRF, since it uses no cookies; citizens read
 * {@code GET /api/v1/public/**} and probes read {@code GET /actuator/health} anonymously. Browser
 * pages use form login on the UI's own {@code /login} page with CSRF protection; citizens read
 * {@code /public/**} and everyone loads the static assets anonymously.
 * Roles are checked on controller methods with {@code @PreAuthorize}, entity scope with {@link ScopeGuard}.
 * When Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.*} properties configure a
 * {@link JwtDecoder}, the API also accepts bearer tokens ({@link JwtUserConverter}), beside HTTP Basic.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties({GelSecurityProperties.class, DemoProperties.class, JwtClaimsProperties.class})
public class SecurityConfiguration {

    /**
     * No observation wrappers around the filter chain, authentications and authorizations: with
     * {@code management.observations.enable.spring.security: false} each was still wrapped, creating a no-op
     * observation per filter and request (a few percent of a request's CPU, BENCHMARKS.md, session 9).
     */
    @Bean
    static SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    @Order(1)
    public SecurityFilterChain apiSecurity(HttpSecurity http, ProblemAuthenticationEntryPoint unauthenticated,
                                           ProblemAccessDeniedHandler denied, ObjectProvider<JwtDecoder> jwtDecoder,
                                           JwtClaimsProperties claims, ObjectProvider<UserStatus> status)
            throws Exception {
        UserStatus disabled = status.getIfAvailable(UserStatus::noneDisabled);
        JwtDecoder decoder = jwtDecoder.getIfAvailable();
        if (decoder != null) {
            JwtUserConverter users = new JwtUserConverter(claims, disabled);
            http.oauth2ResourceServer(bearer -> bearer
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(users))
                    .authenticationEntryPoint(unauthenticated));
        }
        return SecurityHeaders.apply(http, SecurityHeaders.API_POLICY, disabled)
                .securityMatcher("/api/**", "/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/v1/public/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers("/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic
                        .realmName(ProblemAuthenticationEntryPoint.REALM)
                        .authenticationEntryPoint(unauthenticated))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .build();
    }

    @Bean
    @Order(2)
    public SecurityFilterChain browserSecurity(HttpSecurity http, ObjectProvider<UserStatus> status) throws Exception {
        return SecurityHeaders.apply(http, SecurityHeaders.PAGE_POLICY, status.getIfAvailable(UserStatus::noneDisabled))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                        .permitAll()
                        .requestMatchers("/css/**", "/js/**", "/img/**", "/favicon.ico").permitAll()
                        .requestMatchers(HttpMethod.GET, "/public", "/public/**").permitAll()
                        .requestMatchers("/login", "/error").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
                .build();
    }
}
