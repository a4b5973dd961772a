package org.gelplan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.web.servlet.HandlerInterceptor;

/** Applies {@link HostileJson}'s rule to query parameter names and values of API calls. */
class HostileParameterInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (name.startsWith("$")) {
                throw new HostileInput(HostileInput.Kind.FORBIDDEN_KEY, name);
            }
            for (String value : parameter.getValue()) {
                if (HostileJson.looksLikeOperator(value)) {
                    throw new HostileInput(HostileInput.Kind.OPERATOR_VALUE, name);
                }
            }
        }
        return true;
    }
}
