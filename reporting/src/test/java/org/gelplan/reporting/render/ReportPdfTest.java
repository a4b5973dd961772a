package org.gelplan.reporting.render;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPdfTest {

    private static String page(String text) {
        return "<html><head><title>t</title></head><body><p>" + text + "</p></body></html>";
    }

    @Test
    void theSamePageGivesTheSamePdfAndEachCallerItsOwnCopy() {
        byte[] first = ReportPdf.of(page("Informe 2011-Q4"));
        first[0] = 0;
        byte[] second = ReportPdf.of(page("Informe 2011-Q4"));
        assertThat(new String(second, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(second).isNotSameAs(first);
        assertThat(ReportPdf.of(page("Informe 2011-Q4"))).isEqualTo(second);
    }

    @Test
    void aChangedPageIsRenderedAfresh() {
        assertThat(ReportPdf.of(page("Informe 2012-Q1"))).isNotEqualTo(ReportPdf.of(page("Informe 2012-Q2")));
    }
}
