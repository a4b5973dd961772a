package org.gelplan.reporting.publication;

import org.axonframework.queryhandling.QueryHandler;
import org.gelplan.reporting.api.FindFrozenReport;
import org.gelplan.reporting.api.FindReportVersions;
import org.gelplan.reporting.api.FrozenReport;
import org.gelplan.reporting.api.ListPublishedReports;
import org.gelplan.reporting.api.ReportId;
import org.gelplan.reporting.api.ReportVersionView;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Answers report queries by key lookups of the report read model. */
@Component
class ReportQueries {

    private final ReportVersionRepository versions;
    private final ReportIndexRepository index;

    ReportQueries(ReportVersionRepository versions, ReportIndexRepository index) {
        this.versions = versions;
        this.index = index;
    }

    @QueryHandler
    List<ReportVersionView> handle(FindReportVersions query) {
        return versions.findById(new ReportId(query.planId(), query.quarter()).toString())
                .map(d -> d.versions().stream().map(FrozenReport::version).toList()).orElse(List.of());
    }

    /** The version asked for, else the newest published one, else (for signed-in readers) the newest of all. */
    @QueryHandler
    Optional<FrozenReport> handle(FindFrozenReport query) {
        List<FrozenReport> all = versions.findById(new ReportId(query.planId(), query.quarter()).toString())
                .map(ReportDocument::versions).orElse(List.of()).stream()
                .filter(v -> !query.publishedOnly() || v.version().publishedAt() != null).toList();
        if (query.version() != null) {
            return all.stream().filter(v -> v.version().version() == query.version()).findFirst();
        }
        Comparator<FrozenReport> newest = Comparator.comparingInt(v -> v.version().version());
        Optional<FrozenReport> current = all.stream()
                .filter(v -> v.version().state() == org.gelplan.reporting.api.ReportState.PUBLISHED).max(newest);
        return current.isPresent() ? current : all.stream().max(newest);
    }

    @QueryHandler
    List<ReportVersionView> handle(ListPublishedReports query) {
        return index.findById(query.planId().value()).map(i -> versions.findAllById(i.reportIds())).orElse(List.of())
                .stream().flatMap(d -> d.versions().stream()).map(FrozenReport::version)
                .filter(v -> v.publishedAt() != null)
                .sorted(Comparator.comparing(ReportVersionView::quarter).thenComparingInt(ReportVersionView::version))
                .toList();
    }
}
