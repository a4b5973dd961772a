package org.gelplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class MessageBundlesTest {

    /** The bundles named by {@code spring.messages.basename} in application.yml. */
    private static final List<String> BUNDLES =
            List.of("messages", "i18n/reporting", "i18n/audit", "i18n/ui", "i18n/security", "i18n/office");

    @Test
    void spanishAndEnglishHaveTheSameKeys() throws IOException {
        for (String bundle : BUNDLES) {
            assertThat(load(bundle + "_en.properties").stringPropertyNames())
                    .as(bundle)
                    .containsExactlyInAnyOrderElementsOf(load(bundle + ".properties").stringPropertyNames());
        }
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new HashSet<>();
        for (String bundle : BUNDLES) {
            for (String key : load(bundle + ".properties").stringPropertyNames()) {
                assertThat(seen.add(key)).as("%s is also defined in another bundle than %s", key, bundle).isTrue();
            }
        }
    }

    @Test
    void everyProblemHasATitleAndADetailExceptStatusFallbacks() throws IOException {
        Set<String> keys = new HashSet<>();
        for (String bundle : BUNDLES) {
            keys.addAll(load(bundle + ".properties").stringPropertyNames());
        }
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
