package org.gelplan.axon;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Before a successful command's answer is written, lets the projections that handle the
 * events it stored catch up with them ({@link ReadYourWrites}), unless a filter took the wait over.
 */
@ControllerAdvice
class ReadYourWritesAdvice implements ResponseBodyAdvice<Object> {

    private final ReadYourWrites readYourWrites;

    ReadYourWritesAdvice(ReadYourWrites readYourWrites) {
        this.readYourWrites = readYourWrites;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
                                  Class<? extends HttpMessageConverter<?>> converterType,
                                  ServerHttpRequest request, ServerHttpResponse response) {
        if (request instanceof ServletServerHttpRequest servletRequest
                && response instanceof ServletServerHttpResponse servletResponse
                && readYourWrites.applies(servletRequest.getServletRequest(), servletResponse.getServletResponse().getStatus())
                && !readYourWrites.takenOver(servletRequest.getServletRequest())) {
            readYourWrites.await();
        }
        return body;
    }
}
