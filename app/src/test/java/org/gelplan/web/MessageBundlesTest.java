package org.gelplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class MessageBundlesTest {

    @Test
    void spanishAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("messages_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
    }

    @Test
    void everyProblemHasATitleAndADetailExceptStatusFallbacks() throws IOException {
        Set<String> keys = load("messages.properties").stringPropertyNames();
        Set<String> problems = keys.stream()
                .filter(key -> key.startsWith("problem.") && !key.startsWith("problem.status."))
                .map(key -> key.replaceFirst("\\.(title|detail)$", ""))
                .collect(Collectors.toSet());

        assertThat(problems).isNotEmpty().allSatisfy(problem ->
                assertThat(keys).contains(problem + ".title", problem + ".detail"));
    }

    @Test
    void spanishIsReadAsUtf8AndIsTheDefaultWhateverTheJvmLocale() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        Locale jvmLocale = Locale.getDefault();
        try {
            Locale.setDefault(Locale.ENGLISH);
            assertThat(messages.getMessage("problem.status.401.title", null, Locale.forLanguageTag("es")))
                    .isEqualTo("Autenticación requerida");
            assertThat(messages.getMessage("problem.status.401.title", null, Locale.ENGLISH))
                    .isEqualTo("Authentication required");
        } finally {
            Locale.setDefault(jvmLocale);
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(
                MessageBundlesTest.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
