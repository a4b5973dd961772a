package org.gelplan.reporting.opendata;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.gelplan.compliance.api.FindPlanCompliance;
import org.gelplan.compliance.api.PhaseCompliance;
import org.gelplan.compliance.api.PlanCompliance;
import org.gelplan.core.QueryResults;
import org.gelplan.plan.api.AttainmentPoint;
import org.gelplan.plan.api.FindPlanSummary;
import org.gelplan.plan.api.IndicatorOverview;
import org.gelplan.plan.api.ListIndicators;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.PlanNotFound;
import org.gelplan.plan.api.PlanSummary;
import org.gelplan.reporting.api.FindSyntheticMark;
import org.gelplan.reporting.api.ListPublishedReports;
import org.gelplan.reporting.api.ReportVersionView;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows of each open-data set of a plan, keyed by {@link OpenDataset} column names, in column order. */
@Component
class OpenDataRows {

    private final QueryGateway queries;

    OpenDataRows(QueryGateway queries) {
        this.queries = queries;
    }

    List<Map<String, Object>> rows(OpenDataset dataset, PlanId planId, LocalDate asOf) {
        PlanSummary plan = QueryResults.await(queries.query(new FindPlanSummary(planId),
                ResponseTypes.optionalInstanceOf(PlanSummary.class))).orElseThrow(() -> new PlanNotFound(planId.value()));
        boolean synthetic = QueryResults.await(queries.query(new FindSyntheticMark(planId), Boolean.class));
        return switch (dataset) {
            case COMPLIANCE -> compliance(plan, planId, asOf, synthetic);
            case INDICATORS -> indicators(planId, asOf, synthetic);
            case REPORTS -> reports(planId, synthetic);
        };
    }

    private List<Map<String, Object>> compliance(PlanSummary plan, PlanId planId, LocalDate asOf, boolean synthetic) {
        PlanCompliance compliance = QueryResults.await(queries.query(new FindPlanCompliance(planId, asOf, null),
                ResponseTypes.instanceOf(PlanCompliance.class)));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (PhaseCompliance phase : compliance.phases()) {
            rows.add(row(OpenDataset.COMPLIANCE, planId.value(), plan.entity().daneCode(), plan.entity().name(), asOf,
                    phase.code().name(), phase.name(), phase.territorialDeadline(), phase.targetPercent(),
                    phase.applicable(), phase.fulfilled(), phase.overdue(), phase.percent(), phase.status().name(),
                    synthetic));
        }
        return rows;
    }

    private List<Map<String, Object>> indicators(PlanId planId, LocalDate asOf, boolean synthetic) {
        List<IndicatorOverview> indicators = QueryResults.await(queries.query(new ListIndicators(planId, asOf),
                ResponseTypes.multipleInstancesOf(IndicatorOverview.class)));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (IndicatorOverview indicator : indicators) {
            var d = indicator.definition();
            AttainmentPoint latest = indicator.latest();
            rows.add(row(OpenDataset.INDICATORS, planId.value(), asOf, indicator.id(), indicator.name(), d.kind().name(),
                    d.direction() == null ? null : d.direction().name(), d.period().name(),
                    d.target() == null ? null : d.target().value(), d.target() == null ? null : d.target().level(),
                    d.target() == null ? null : d.target().text(), d.derived(),
                    latest == null ? null : latest.period(), latest == null ? null : latest.value(),
                    latest == null ? null : latest.level(), latest == null ? null : latest.attainmentPercent(),
                    latest == null ? null : latest.met(), indicator.missingPeriods(), synthetic));
        }
        return rows;
    }

    private List<Map<String, Object>> reports(PlanId planId, boolean synthetic) {
        List<ReportVersionView> versions = QueryResults.await(queries.query(new ListPublishedReports(planId),
                ResponseTypes.multipleInstancesOf(ReportVersionView.class)));
        return versions.stream().map(v -> row(OpenDataset.REPORTS, v.planId(), v.quarter().toString(), v.version(),
                v.state().name(), v.sha256(), v.publishedAt().toString(), v.dueDate(), v.late(), v.supersededBy(),
                synthetic)).toList();
    }

    private static Map<String, Object> row(OpenDataset dataset, Object... values) {
        List<OpenDataColumn> columns = dataset.columns();
        if (values.length != columns.size()) {
            throw new IllegalStateException(dataset + " has " + columns.size() + " columns, not " + values.length);
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < values.length; i++) {
            row.put(columns.get(i).name(), values[i]);
        }
        return row;
    }
}
