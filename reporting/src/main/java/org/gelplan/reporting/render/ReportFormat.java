package org.gelplan.reporting.render;

import org.springframework.core.convert.converter.Converter;
import org.springframework.stereotype.Component;

import java.util.Locale;

/** The formats a report is served in ({@code ?format=json|html|pdf|csv}). */
public enum ReportFormat {
    JSON, HTML, PDF, CSV;

    /** Lets request parameters name a format in lower case; anything else is a 400 like any bad parameter. */
    @Component
    static class FromParameter implements Converter<String, ReportFormat> {

        @Override
        public ReportFormat convert(String source) {
            return ReportFormat.valueOf(source.strip().toUpperCase(Locale.ROOT));
        }
    }
}
