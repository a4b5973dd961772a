package org.gelplan.reporting.transition;

import org.gelplan.core.GelTime;
import org.gelplan.plan.api.PlanId;
import org.gelplan.reporting.api.AuditChainHead;
import org.gelplan.reporting.api.FrozenContent;
import org.gelplan.reporting.quarterly.ReportJson;
import org.gelplan.reporting.render.ReportCharts;
import org.gelplan.reporting.render.ReportFormat;
import org.gelplan.reporting.render.ReportHtml;
import org.gelplan.reporting.render.ReportPdf;
import org.gelplan.reporting.render.ReportResponses;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

/** The transition report (empalme) as of a day, for signed-in readers of the entity, in the report formats. */
@RestController
class TransitionReportController {

    private final TransitionReportGenerator generator;
    private final AuditChainHead chain;
    private final ReportHtml html;
    private final Clock clock;

    TransitionReportController(TransitionReportGenerator generator, AuditChainHead chain, ReportHtml html, Clock clock) {
        this.generator = generator;
        this.chain = chain;
        this.html = html;
        this.clock = clock;
    }

    @GetMapping("/api/v1/plans/{planId}/transition-report")
    ResponseEntity<?> report(@PathVariable String planId,
                             @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                             @RequestParam(defaultValue = "json") ReportFormat format) {
        PlanId id = PlanId.inCallersScope(planId);
        LocalDate today = GelTime.today(clock);
        LocalDate day = asOf == null || asOf.isAfter(today) ? today : asOf;
        TransitionReport report = generator.generate(id, day);
        String body = ReportJson.writeBody(report);
        TransitionEnvelope envelope = new TransitionEnvelope(id.value(), day, clock.instant(), chain.current(),
                FrozenContent.sha256Of(body), body);
        String name = "empalme-" + id.value() + "-" + day;
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok().header(ReportResponses.SHA256_HEADER, envelope.sha256());
        return switch (format) {
            case JSON -> ok.contentType(MediaType.APPLICATION_JSON).body(envelope);
            case HTML -> ok.contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8)).body(page(envelope, report));
            case PDF -> ok.contentType(MediaType.APPLICATION_PDF).header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.inline().filename(name + ".pdf").build().toString()).body(ReportPdf.of(page(envelope, report)));
            case CSV -> ok.contentType(MediaType.parseMediaType("application/zip")).header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(name + ".zip").build().toString())
                    .body(TransitionCsv.of(envelope, report));
        };
    }

    private String page(TransitionEnvelope envelope, TransitionReport report) {
        return html.render("transition", envelope, envelope.body(), envelope.generatedAt(), ReportCharts.phasesOnly(report.phases()));
    }
}
