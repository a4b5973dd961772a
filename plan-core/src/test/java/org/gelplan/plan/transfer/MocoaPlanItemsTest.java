package org.gelplan.plan.transfer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.gelplan.plan.action.ActionEntry;
import org.gelplan.plan.api.IndicatorKind;
import org.gelplan.plan.api.Direction;
import org.gelplan.plan.indicator.IndicatorEntry;
import org.gelplan.plan.project.ProjectEntry;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo files hold every row of Tablas 1 and 7 and every indicator, and pass the plan's rules. */
class MocoaPlanItemsTest {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();
    private final PlanItems items = DemoPlanItems.read(JSON);

    @Test
    void passesBeanValidationAndEveryRuleOfThePlan() {
        Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

        assertThat(validator.validate(items)).isEmpty();
        assertThat(PlanItemsCheck.check(DemoPlanItems.MOCOA, LocalDate.of(2009, 9, 21), located(items.projects()),
                located(items.actions()), located(items.indicators()))).isEmpty();
    }

    @Test
    void holdsTheNineRowsOfTablaOneKeepingTheIrregularOnes() {
        assertThat(items.projects()).hasSize(9);
        ProjectEntry withoutPhase = project("T1-P08");
        ProjectEntry twoGoals = project("T1-P06");
        assertThat(withoutPhase.phase()).isNull();
        assertThat(withoutPhase.notes()).isNotEmpty();
        assertThat(twoGoals.goals()).containsExactly("200.....80 beneficiados", "ANEXO.10 CONVENIOS");
        assertThat(indicatorsOf("T1-P06", true)).extracting(IndicatorEntry::name)
                .containsExactly("No de beneficiados / 80 x 100", "No CONVENIOS REALIZADOS 10 X 100");
        assertThat(items.projects()).allSatisfy(p -> assertThat(indicatorsOf(p.id(), true)).isNotEmpty());
    }

    @Test
    void holdsTheSevenActionsOfTablaSevenWithAnIndicatorPerWrittenIndicator() {
        assertThat(items.actions()).extracting(ActionEntry::duration)
                .containsExactly("4 años", "1 año", "5 años", "5 años", "5 años", "5 años", "1 año");
        assertThat(items.actions()).allSatisfy(action -> assertThat(indicatorsOf(action.id(), false))
                .extracting(IndicatorEntry::name).containsExactlyElementsOf(action.managementIndicators()));
        assertThat(items.indicators()).hasSize(10 + 25);
    }

    @Test
    void marksTheIndicatorsTheSystemComputesAsDerived() {
        Map<String, String> derived = items.indicators().stream().filter(i -> Boolean.TRUE.equals(i.derived()))
                .collect(Collectors.toMap(IndicatorEntry::id, IndicatorEntry::source));

        assertThat(derived).containsEntry("T7-A1-I1", "committee.meeting-frequency")
                .containsEntry("T7-A4-I1", "compliance.phase-percent:INFORMACION")
                .containsEntry("T7-A4-I5", "compliance.phase-percent:DEMOCRACIA")
                .containsEntry("T7-A6-I1", "tramites.published-percent")
                .hasSize(11);
        assertThat(indicatorsOf("T7-A4", false)).extracting(i -> i.target().value().intValue())
                .containsExactly(90, 90, 100, 100, 100);
    }

    @Test
    void readsTheComplaintsTargetAsACeilingAndTheNewsTargetPerMonth() {
        IndicatorEntry complaints = indicator("T7-A2-I2");
        IndicatorEntry news = indicator("T7-A1-I3");

        assertThat(complaints.direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(complaints.target().text()).isEqualTo("10/ mes");
        assertThat(news.kind()).isEqualTo(IndicatorKind.COUNT);
        assertThat(news.target().value().intValue()).isEqualTo(15);
        assertThat(news.target().text()).isEqualTo("1 cada 2 días");
        assertThat(indicator("T7-A3-I4").target().level()).isEqualTo("Excelente");
    }

    static <T> List<PlanItemsCheck.Located<T>> located(List<T> entries) {
        return entries.stream().map(entry -> new PlanItemsCheck.Located<>("/" + entries.indexOf(entry), entry)).toList();
    }

    private ProjectEntry project(String id) {
        return items.projects().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private IndicatorEntry indicator(String id) {
        return items.indicators().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    private List<IndicatorEntry> indicatorsOf(String id, boolean project) {
        return items.indicators().stream().filter(i -> id.equals(project ? i.projectId() : i.actionId())).toList();
    }
}
