package org.gelplan.reporting.render;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The PDF of a report, rendered from exactly the HTML page that is published.
 *
 * <p>Rendering costs far more than building the page: PDFBox re-encodes every chart's pixels with
 * PNG predictors. The same page always gives the same PDF, so the last few are kept, keyed by the
 * page itself; a report whose content changed is a different page and is rendered afresh.
 */
public final class ReportPdf {

    private static final int KEPT = 16;

    private static final Map<String, byte[]> RECENT = Collections.synchronizedMap(
            new LinkedHashMap<>(KEPT, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
                    return size() > KEPT;
                }
            });

    private ReportPdf() {
    }

    public static byte[] of(String xhtml) {
        byte[] pdf = RECENT.get(xhtml);
        if (pdf == null) {
            pdf = render(xhtml);
            RECENT.put(xhtml, pdf);
        }
        return pdf.clone();
    }

    private static byte[] render(String xhtml) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.withHtmlContent(xhtml, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
