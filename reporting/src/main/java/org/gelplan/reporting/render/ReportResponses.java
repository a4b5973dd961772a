package org.gelplan.reporting.render;

import org.gelplan.reporting.quarterly.ReportEnvelope;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * Serves a report in the format asked for: the envelope as JSON with the body's exact bytes, the
 * published HTML page, the PDF rendered from that page, or a ZIP of CSV tables. The SHA-256 of the
 * body travels in the {@code X-Report-SHA256} header of every format.
 */
@Component
public class ReportResponses {

    public static final String SHA256_HEADER = "X-Report-SHA256";

    private final ReportHtml html;

    ReportResponses(ReportHtml html) {
        this.html = html;
    }

    public ResponseEntity<?> respond(ReportEnvelope envelope, ReportFormat format) {
        String name = "informe-" + envelope.planId() + "-" + envelope.quarter()
                + (envelope.version() == null ? "-borrador" : "-v" + envelope.version());
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().header(SHA256_HEADER, envelope.sha256());
        return switch (format) {
            case JSON -> ok.contentType(MediaType.APPLICATION_JSON).body(envelope);
            case HTML -> ok.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(page(envelope));
            case PDF -> ok.contentType(MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.inline().filename(name + ".pdf").build().toString()).body(ReportPdf.of(page(envelope)));
            case CSV -> ok.contentType(MediaType.parseMediaType("application/zip")).header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(name + ".zip").build().toString())
                    .body(ReportCsv.of(envelope, envelope.report()));
        };
    }

    private String page(ReportEnvelope envelope) {
        return html.render("quarterly", envelope, ReportCharts.of(envelope.report()));
    }
}
