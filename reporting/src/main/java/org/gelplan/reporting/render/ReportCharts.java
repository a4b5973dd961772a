package org.gelplan.reporting.render;

import org.gelplan.reporting.quarterly.QuarterlyReport;
import org.gelplan.reporting.quarterly.QuarterlyReport.IndicatorLine;
import org.gelplan.reporting.quarterly.QuarterlyReport.IndicatorPoint;
import org.gelplan.reporting.quarterly.QuarterlyReport.PhaseLine;
import org.gelplan.reporting.quarterly.QuarterlyReport.TrendPoint;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's charts as PNG data URIs, so the same HTML carries them into the browser and the PDF:
 * compliance per phase against its target, each phase's trend over the quarters, and the attainment
 * of the measured indicators over their recent periods.
 */
final class ReportCharts {

    /** Indicators drawn in the trend chart; more would make it unreadable. */
    private static final int MAX_INDICATORS = 6;

    private ReportCharts() {
    }

    static Map<String, String> of(QuarterlyReport report) {
        Map<String, String> charts = new LinkedHashMap<>();
        charts.put("phases", png(phaseBars(report.phases())));
        charts.put("trend", png(phaseTrend(report.phases())));
        JFreeChart indicators = indicatorTrend(report.indicators());
        if (indicators != null) {
            charts.put("indicators", png(indicators));
        }
        return charts;
    }

    private static JFreeChart phaseBars(List<PhaseLine> phases) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (PhaseLine phase : phases) {
            data.addValue(phase.percent(), "Cumplimiento (%)", phase.name());
            data.addValue(phase.targetPercent(), "Meta (%)", phase.name());
        }
        return ChartFactory.createBarChart("Cumplimiento por fase", null, "%", data, PlotOrientation.VERTICAL,
                true, false, false);
    }

    private static JFreeChart phaseTrend(List<PhaseLine> phases) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (PhaseLine phase : phases) {
            for (TrendPoint point : phase.trend()) {
                data.addValue(point.percent(), phase.name(), point.quarter());
            }
        }
        return ChartFactory.createLineChart("Tendencia trimestral por fase", null, "%", data, PlotOrientation.VERTICAL,
                true, false, false);
    }

    private static JFreeChart indicatorTrend(List<IndicatorLine> indicators) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        int drawn = 0;
        for (IndicatorLine line : indicators) {
            if (drawn == MAX_INDICATORS || line.latest() == null) {
                continue;
            }
            drawn++;
            for (IndicatorPoint point : line.recent()) {
                data.addValue(point.attainmentPercent(), line.name(), point.period());
            }
        }
        return drawn == 0 ? null : ChartFactory.createLineChart("Logro de indicadores frente a su meta", null, "% de la meta",
                data, PlotOrientation.VERTICAL, true, false, false);
    }

    private static String png(JFreeChart chart) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, chart, 640, 300);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
