package org.gelplan.plan.transfer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.Validation;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gelplan.plan.adoption.AdoptPlanRequest;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Mocoa's whole plan survives YAML and XLSX; broken files are reported row by row. */
class PlanFileRoundTripTest {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private final PlanFileBinder binder = new PlanFileBinder(JSON, Validation.buildDefaultValidatorFactory().getValidator());

    static PlanFile mocoa() throws IOException {
        try (InputStream in = PlanFileRoundTripTest.class.getResourceAsStream("/demo/mocoa-86001-2009.json")) {
            PlanItems items = DemoPlanItems.read(JSON);
            return new PlanFile(PlanFile.FORMAT, JSON.readValue(in, AdoptPlanRequest.class), items.projects(),
                    items.actions(), items.indicators());
        }
    }

    @Test
    void yamlHoldsTheWholePlan() throws IOException {
        roundTrip(YamlPlanFiles.write(mocoa()), YamlPlanFiles::read);
    }

    @Test
    void aWorkbookHoldsTheWholePlanWithASheetPerTable() throws IOException {
        byte[] workbook = WorkbookWriter.write(mocoa());

        roundTrip(workbook, WorkbookReader::read);
        var diagnosis = mocoa().plan().diagnosis();
        int answers = diagnosis.criteria().size() + diagnosis.categoryNotes().size() + diagnosis.maturity().size();
        try (Workbook sheets = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertThat(sheets).extracting(sheet -> sheet.getSheetName() + ":" + sheet.getLastRowNum())
                    .containsExactly("plan:25", "diagnosis:" + answers, "projects:9", "actions:7", "indicators:35");
        }
    }

    @Test
    void reportsEveryBrokenRowOfAWorkbookWithItsSheetRowAndField() throws IOException {
        byte[] broken;
        try (Workbook sheets = new XSSFWorkbook(new ByteArrayInputStream(WorkbookWriter.write(mocoa())));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheets.getSheet("indicators").getRow(4).getCell(2).setCellValue("PORCENTAJE");
            sheets.getSheet("indicators").getRow(6).getCell(10).setCellValue("T1-P99");
            sheets.getSheet("projects").getRow(3).getCell(3).setCellValue(" ");
            sheets.getSheet("actions").getRow(2).getCell(8).setCellValue("$where");
            sheets.write(out);
            broken = out.toByteArray();
        }

        PlanFileSource source = WorkbookReader.read(broken);
        PlanFileBinder.Bound bound = binder.bind(source.tree());

        assertThat(bound.problems()).extracting(p -> source.locator().apply(p.pointer()))
                .containsExactlyInAnyOrder("actions/3/duration", "indicators/5/kind", "projects/4/name");
        assertThat(bound.indicators()).hasSize(34);
        assertThat(PlanItemsCheck.check(DemoPlanItems.MOCOA, mocoa().plan().resolution().date(), bound.projects(),
                bound.actions(), bound.indicators())).extracting(p -> source.locator().apply(p.pointer()) + " " + p.codes()[0])
                .containsExactly("indicators/4 problem.indicator.unknown-project.detail",
                        "indicators/7 problem.indicator.unknown-project.detail");
    }

    @Test
    void refusesWhatIsNoWorkbook() {
        assertThatThrownBy(() -> WorkbookReader.read("no soy un libro".getBytes()))
                .isInstanceOf(UnreadablePlanFile.class);
        assertThatThrownBy(() -> YamlPlanFiles.read("plan: [".getBytes())).isInstanceOf(UnreadablePlanFile.class);
    }

    private void roundTrip(byte[] bytes, Function<byte[], PlanFileSource> reader) throws IOException {
        PlanFileSource source = reader.apply(bytes);
        PlanFileBinder.Bound bound = binder.bind(source.tree());

        assertThat(source.problems()).isEmpty();
        assertThat(bound.problems()).isEmpty();
        PlanFile original = mocoa();
        assertThat(bound.plan().entry().toCommand()).isEqualTo(original.plan().toCommand());
        assertThat(entries(bound.projects())).isEqualTo(original.projects());
        assertThat(entries(bound.actions())).isEqualTo(original.actions());
        assertThat(entries(bound.indicators())).usingRecursiveComparison()
                .withComparatorForType(java.math.BigDecimal::compareTo, java.math.BigDecimal.class)
                .isEqualTo(original.indicators());
    }

    private static <T> List<T> entries(List<PlanItemsCheck.Located<T>> located) {
        return located.stream().map(PlanItemsCheck.Located::entry).toList();
    }
}
