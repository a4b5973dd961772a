package org.gelplan.reporting.opendata;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class OpenDataCsvTest {

    @Test
    void quotesCellsWithCommasQuotesAndLineBreaks() {
        assertThat(OpenDataCsv.cell("Cantidad de quejas, reclamos", "string")).isEqualTo("\"Cantidad de quejas, reclamos\"");
        assertThat(OpenDataCsv.cell("dice \"sí\"", "string")).isEqualTo("\"dice \"\"sí\"\"\"");
        assertThat(OpenDataCsv.cell(null, "number")).isEmpty();
    }

    @Test
    void neutralisesTextThatASpreadsheetWouldRunAsAFormula() {
        assertThat(OpenDataCsv.cell("=HYPERLINK(\"x\")", "string")).startsWith("\"'=");
        assertThat(OpenDataCsv.cell("-5", "string")).isEqualTo("'-5");
        assertThat(OpenDataCsv.cell(new BigDecimal("-5.50"), "number")).isEqualTo("-5.50");
    }
}
