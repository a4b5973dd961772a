package org.gelplan.reporting.publication;

import org.gelplan.reporting.api.FrozenReport;
import org.gelplan.reporting.api.ReportVersionView;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

/** Every version of one plan's report for one quarter, keyed by the report id, each with its frozen body. */
@Document("report_versions")
record ReportDocument(@Id String id, String planId, String quarter, List<FrozenReport> versions) {

    ReportDocument {
        versions = versions == null ? List.of() : List.copyOf(versions);
    }

    /** Adds or replaces (on replay) a version. */
    ReportDocument with(FrozenReport version) {
        List<FrozenReport> all = new ArrayList<>(versions.stream()
                .filter(v -> v.version().version() != version.version().version()).toList());
        all.add(version);
        all.sort(Comparator.comparingInt(v -> v.version().version()));
        return new ReportDocument(id, planId, quarter, all);
    }

    ReportDocument change(int version, UnaryOperator<ReportVersionView> change) {
        return new ReportDocument(id, planId, quarter, versions.stream().map(v -> v.version().version() == version
                ? new FrozenReport(change.apply(v.version()), v.body()) : v).toList());
    }
}
