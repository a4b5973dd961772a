package org.gelplan.reporting.publication;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;
import java.util.TreeSet;

/** The quarters of one plan that have a report, so listing them is a key lookup rather than a scan. */
@Document("report_index")
record ReportIndexDocument(@Id String planId, List<String> reportIds) {

    ReportIndexDocument {
        reportIds = reportIds == null ? List.of() : List.copyOf(new TreeSet<>(reportIds));
    }

    ReportIndexDocument with(String reportId) {
        TreeSet<String> all = new TreeSet<>(reportIds);
        all.add(reportId);
        return new ReportIndexDocument(planId, List.copyOf(all));
    }
}
