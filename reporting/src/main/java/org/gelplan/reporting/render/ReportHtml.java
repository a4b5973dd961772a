package org.gelplan.reporting.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.gelplan.reporting.quarterly.ReportEnvelope;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The page a municipality publishes, in Spanish, from the report's template. Well-formed XHTML, so
 * that the PDF is rendered from exactly this page. Its own template engine keeps it apart from the
 * application's web pages.
 */
@Component
class ReportHtml {

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'hora de Colombia'")
            .withZone(ZoneId.of("America/Bogota"));

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    private final TemplateEngine engine = new TemplateEngine();

    ReportHtml() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("reports/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        engine.setTemplateResolver(resolver);
    }

    /** The template reads the envelope and the body as maps, exactly as their JSON says, so it sees what is hashed. */
    String render(String template, ReportEnvelope envelope, Map<String, String> charts) {
        Context context = new Context(Locale.forLanguageTag("es-CO"));
        try {
            context.setVariable("envelope", JSON.convertValue(envelope, Map.class));
            context.setVariable("report", JSON.readValue(envelope.body(), Map.class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a report body is JSON", e);
        }
        context.setVariable("charts", charts);
        context.setVariable("generatedAt", envelope.generatedAt() == null ? "" : GENERATED.format(envelope.generatedAt()));
        context.setVariable("fmt", new Numbers());
        return engine.process(template, context);
    }

    /** Numbers as a Colombian reader writes them: decimal comma. */
    public static final class Numbers {

        public String percent(Number value) {
            return value == null ? "—" : String.format(Locale.forLanguageTag("es-CO"), "%.1f %%", value.doubleValue());
        }
    }
}
