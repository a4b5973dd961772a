package org.gelplan.axon;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

import java.util.Set;

/**
 * Before a successful command's answer is written, lets this node's projections that handle the
 * events it stored catch up with them (bounded by {@code gelplan.axon.read-your-writes}), so that the
 * page or call that follows shows what the user just did.
 */
@ControllerAdvice
class ReadYourWritesAdvice implements ResponseBodyAdvice<Object> {

    private static final Set<HttpMethod> COMMANDS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    private final ProjectionCatchUp catchUp;
    private final AxonProperties properties;

    ReadYourWritesAdvice(ProjectionCatchUp catchUp, AxonProperties properties) {
        this.catchUp = catchUp;
        this.properties = properties;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType,
                                  ServerHttpRequest request, ServerHttpResponse response) {
        if (COMMANDS.contains(request.getMethod()) && succeeded(response)) {
            catchUp.awaitRequest(properties.readYourWrites());
        }
        return body;
    }

    private static boolean succeeded(ServerHttpResponse response) {
        return response instanceof ServletServerHttpResponse servlet && servlet.getServletResponse().getStatus() < 300;
    }
}
