package org.gelplan.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks a controller's {@code @PreAuthorize} role rule before the request body is read, so that
 * a user without the role gets 403 whatever they sent, instead of a validation problem that would
 * tell them about an operation they may not use. Rules that name method arguments ({@code #x})
 * need the parsed arguments and stay with method security.
 */
class RolesBeforeBodyInterceptor implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager preAuthorize = new PreAuthorizeAuthorizationManager();

    RolesBeforeBodyInterceptor(ApplicationContext context) {
        DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();
        expressions.setApplicationContext(context);
        preAuthorize.setExpressionHandler(expressions);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && rolesOnly(method)) {
            var invocation = new SimpleMethodInvocation(method.getBean(), method.getMethod(),
                    new Object[method.getMethod().getParameterCount()]);
            AuthorizationDecision decision = preAuthorize.check(
                    () -> SecurityContextHolder.getContext().getAuthentication(), invocation);
            if (decision != null && !decision.isGranted()) {
                throw new AccessDeniedException("role required by " + method.getMethod().getName());
            }
        }
        return true;
    }

    private static boolean rolesOnly(HandlerMethod method) {
        PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
        if (rule == null) {
            // a rule on the controller class covers each of its methods
            rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
        }
        return rule != null && !rule.value().contains("#");
    }
}
