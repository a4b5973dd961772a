package org.gelplan.plan.adoption;

import org.axonframework.test.aggregate.FixtureConfiguration;
import org.gelplan.plan.api.ActionAlreadyRegistered;
import org.gelplan.plan.api.InvalidPlanItem;
import org.gelplan.plan.api.Project;
import org.gelplan.plan.api.ProjectAlreadyRegistered;
import org.gelplan.plan.api.ProjectId;
import org.gelplan.plan.api.ProjectRegistered;
import org.gelplan.plan.api.RegisterAction;
import org.gelplan.plan.api.RegisterProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.gelplan.plan.adoption.PlanItemsFixture.ACTION;
import static org.gelplan.plan.adoption.PlanItemsFixture.PLAN;
import static org.gelplan.plan.adoption.PlanItemsFixture.PROJECT;
import static org.gelplan.plan.adoption.PlanItemsFixture.actionRegistered;
import static org.gelplan.plan.adoption.PlanItemsFixture.adopted;
import static org.gelplan.plan.adoption.PlanItemsFixture.projectRegistered;
import static org.hamcrest.Matchers.containsString;

class PlanProjectsAndActionsTest {

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = PlanItemsFixture.fixture(PlanItemsFixture.MARCH_15_2010);
    }

    @Test
    void registersARowOfTheProjectMatrixAsWritten() {
        ProjectRegistered registered = projectRegistered();
        fixture.given(adopted())
                .when(new RegisterProject(PLAN, PROJECT, registered.project()))
                .expectEvents(registered);
    }

    @Test
    void keepsARowWithoutPhase() {
        Project noPhase = new Project("Eficiencia del Estado", "educación", "Incorporación de nuevas tecnologías",
                List.of("17 Instituciones"), "No de instituciones / 17 x 100", null, "Profundización de las TICS",
                List.of("La fila no indica fase asociada."));
        ProjectId id = new ProjectId("T1-P08");
        fixture.given(adopted())
                .when(new RegisterProject(PLAN, id, noPhase))
                .expectEvents(new ProjectRegistered(PLAN, id, noPhase));
    }

    @Test
    void refusesRegisteringTheSameProjectIdTwice() {
        fixture.given(adopted(), projectRegistered())
                .when(new RegisterProject(PLAN, PROJECT, projectRegistered().project()))
                .expectException(ProjectAlreadyRegistered.class)
                .expectNoEvents();
    }

    @Test
    void refusesAProjectWithoutName() {
        Project p = projectRegistered().project();
        fixture.given(adopted())
                .when(new RegisterProject(PLAN, PROJECT, new Project(p.axis(), p.strategicLine(), " ", p.goals(),
                        p.resultIndicator(), p.phase(), p.phaseCriteria(), p.notes())))
                .expectException(InvalidPlanItem.class)
                .expectExceptionMessage(containsString("project.name-required"));
    }

    @Test
    void registersAnActionOfTheOperationalFramework() {
        fixture.given(adopted())
                .when(new RegisterAction(PLAN, ACTION, actionRegistered().action()))
                .expectEvents(actionRegistered());
    }

    @Test
    void refusesRegisteringTheSameActionIdTwice() {
        fixture.given(adopted(), actionRegistered())
                .when(new RegisterAction(PLAN, ACTION, actionRegistered().action()))
                .expectException(ActionAlreadyRegistered.class)
                .expectNoEvents();
    }
}
