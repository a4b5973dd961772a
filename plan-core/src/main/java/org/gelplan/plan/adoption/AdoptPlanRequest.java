package org.gelplan.plan.adoption;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.gelplan.plan.api.AdoptPlan;
import org.gelplan.plan.api.Answer;
import org.gelplan.plan.api.Diagnosis;
import org.gelplan.plan.api.DiagnosisAnswer;
import org.gelplan.plan.api.Phase;
import org.gelplan.plan.api.PlanAdopted;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.Resolution;
import org.gelplan.plan.api.TerritorialEntity;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/plans}, and the {@code plan} section of a plan file; the plan id is
 * derived from the DANE code and the resolution year.
 */
public record AdoptPlanRequest(@NotNull @Valid Entity entity, @NotNull @Valid ResolutionBody resolution,
                        @NotBlank @Size(max = 40) String catalogVersion, @NotNull @Valid DiagnosisBody diagnosis,
                        List<@NotBlank @Size(max = 2000) String> preliminaryCommitments,
                        @Size(max = 4000) String vision, @Size(max = 4000) String generalObjective,
                        List<@NotBlank @Size(max = 2000) String> specificObjectives,
                        List<@NotBlank @Size(max = 2000) String> actionLines,
                        Map<Phase, @NotNull @Min(0) @Max(100) Integer> phaseTargets) {

    public record Entity(@NotBlank @Pattern(regexp = "\\d{5}") String daneCode, @NotBlank @Size(max = 200) String name,
                  @NotBlank @Size(max = 200) String department, @Pattern(regexp = "\\d{2}") String departmentCode) {
    }

    public record ResolutionBody(@NotBlank @Size(max = 40) String number, @NotNull LocalDate date, @Size(max = 1000) String title,
                          @NotBlank @Size(max = 200) String signatory, @Size(max = 200) String signatoryPosition,
                          List<@Size(max = 2000) String> notes) {
    }

    public record DiagnosisBody(@NotNull LocalDate date, @Size(max = 500) String madeWith, @Size(max = 1000) String methodology,
                         @Size(max = 1000) String methodologyIssuer, @NotEmpty @Size(max = 2000) List<@NotNull @Valid AnswerBody> criteria,
                         @Size(max = 500) List<@NotNull @Valid AnswerBody> categoryNotes,
                         @Size(max = 500) List<@NotNull @Valid AnswerBody> maturity) {
    }

    public record AnswerBody(@NotBlank @Size(max = 40) String code, @NotNull Answer answer, LocalDate targetDate) {
        DiagnosisAnswer toAnswer() {
            return new DiagnosisAnswer(code, answer, targetDate);
        }
    }

    public PlanId planId() {
        return PlanId.of(entity.daneCode(), resolution.date().getYear());
    }

    public AdoptPlan toCommand() {
        return new AdoptPlan(planId(),
                new TerritorialEntity(entity.daneCode(), entity.name(), entity.department(), entity.departmentCode()),
                new Resolution(resolution.number(), resolution.date(), resolution.title(), resolution.signatory(),
                        resolution.signatoryPosition(), resolution.notes()),
                catalogVersion,
                new Diagnosis(diagnosis.date(), diagnosis.madeWith(), diagnosis.methodology(), diagnosis.methodologyIssuer(),
                        answers(diagnosis.criteria()), answers(diagnosis.categoryNotes()), answers(diagnosis.maturity())),
                preliminaryCommitments, vision, generalObjective, specificObjectives, actionLines, phaseTargets);
    }

    /** The body that adopts the plan an event records, as an export writes it. */
    public static AdoptPlanRequest of(PlanAdopted adopted) {
        TerritorialEntity e = adopted.entity();
        Resolution r = adopted.resolution();
        Diagnosis d = adopted.diagnosis();
        return new AdoptPlanRequest(new Entity(e.daneCode(), e.name(), e.department(), e.departmentCode()),
                new ResolutionBody(r.number(), r.date(), r.title(), r.signatory(), r.signatoryPosition(), r.notes()),
                adopted.catalogVersion(), new DiagnosisBody(d.date(), d.madeWith(), d.methodology(), d.methodologyIssuer(),
                bodies(d.criteria()), bodies(d.categoryNotes()), bodies(d.maturity())), adopted.preliminaryCommitments(),
                adopted.vision(), adopted.generalObjective(), adopted.specificObjectives(), adopted.actionLines(),
                adopted.phaseTargets());
    }

    private static List<AnswerBody> bodies(List<DiagnosisAnswer> answers) {
        return answers.stream().map(a -> new AnswerBody(a.code(), a.answer(), a.targetDate())).toList();
    }

    private static List<DiagnosisAnswer> answers(List<AnswerBody> bodies) {
        return bodies == null ? List.of() : bodies.stream().map(AnswerBody::toAnswer).toList();
    }
}
