package org.gelplan.plan.matrix;

import org.gelplan.plan.api.Direction;
import org.gelplan.plan.api.IndicatorKind;
import org.gelplan.plan.api.IndicatorSummary;
import org.gelplan.plan.api.Periodicity;
import org.gelplan.plan.api.PlanAction;
import org.gelplan.plan.api.Project;
import org.gelplan.plan.api.Target;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Events handled twice (a replayed batch) leave the matrix as handling them once does. */
class PlanMatrixDocumentTest {

    private static final Project PROJECT = new Project("Transparencia", "gobierno para todos",
            "Dotación de equipos de cómputo y programas.", List.of("Sistematizar todas las dependencias"),
            "Numero de dependencias sistematizadas/ total de dependencias", null, "Modernización administrativa", List.of());
    private static final PlanAction ACTION = new PlanAction("Reunión del comité GEL", List.of(), List.of(), List.of(),
            List.of(), List.of(), List.of(), "4 años", List.of());
    private static final IndicatorSummary INDICATOR = new IndicatorSummary("T1-P03-I1", "Dependencias", IndicatorKind.RATIO,
            Direction.HIGHER_IS_BETTER, Periodicity.YEAR, new Target(BigDecimal.valueOf(100), null, "%", "todas"), false, null);

    private final PlanMatrixDocument empty = new PlanMatrixDocument("86001-2009", List.of(), List.of());

    @Test
    void keepsOneEntryPerProjectAndIndicatorWhateverTheRepeats() {
        PlanMatrixDocument once = empty.withProject("T1-P03", PROJECT).withProjectIndicator("T1-P03", INDICATOR);
        PlanMatrixDocument twice = once.withProject("T1-P03", PROJECT).withProjectIndicator("T1-P03", INDICATOR);

        assertThat(twice).isEqualTo(once);
        assertThat(twice.projects()).singleElement().satisfies(p -> assertThat(p.indicators()).containsExactly(INDICATOR));
    }

    @Test
    void keepsAnActionsIndicatorsWhenTheActionIsHandledAgain() {
        PlanMatrixDocument matrix = empty.withAction("T7-A1", ACTION).withActionIndicator("T7-A1", INDICATOR)
                .withAction("T7-A1", ACTION);

        assertThat(matrix.actions()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("Reunión del comité GEL");
            assertThat(a.indicators()).containsExactly(INDICATOR);
        });
    }
}
