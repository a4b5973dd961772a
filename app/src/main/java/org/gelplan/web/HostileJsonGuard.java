package org.gelplan.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.AbstractJackson2HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Applies {@link HostileJson} to every JSON request body before it is bound. Checking the raw tree,
 * rather than a constraint on each record field or a custom string deserializer, also covers keys
 * that Jackson would silently drop as unknown properties, map keys, free-form {@code JsonNode}
 * fields and lists, and names the offending place as a JSON Pointer. The body (at most
 * {@link WebLimitsProperties#maxBodySize()}) is read once more; bad JSON is left for the converter
 * to report as malformed.
 */
@ControllerAdvice
public class HostileJsonGuard extends RequestBodyAdviceAdapter {

    private final ObjectMapper mapper;

    public HostileJsonGuard(MappingJackson2HttpMessageConverter json) {
        this.mapper = json.getObjectMapper();
    }

    @Override
    public boolean supports(MethodParameter parameter, Type targetType,
                            Class<? extends HttpMessageConverter<?>> converterType) {
        return AbstractJackson2HttpMessageConverter.class.isAssignableFrom(converterType);
    }

    @Override
    public HttpInputMessage beforeBodyRead(HttpInputMessage input, MethodParameter parameter, Type targetType,
                                           Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
        byte[] body = input.getBody().readAllBytes();
        JsonNode tree = parseOrNull(body);
        if (tree != null) {
            HostileJson.check(tree);
        }
        return new HttpInputMessage() {
            @Override
            public InputStream getBody() {
                return new ByteArrayInputStream(body);
            }

            @Override
            public HttpHeaders getHeaders() {
                return input.getHeaders();
            }
        };
    }

    private JsonNode parseOrNull(byte[] body) {
        try {
            return mapper.readTree(body);
        } catch (IOException malformed) {
            return null;
        }
    }
}
