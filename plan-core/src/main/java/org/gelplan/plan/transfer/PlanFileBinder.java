package org.gelplan.plan.transfer;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.Validator;
import org.gelplan.plan.action.ActionEntry;
import org.gelplan.plan.adoption.AdoptPlanRequest;
import org.gelplan.plan.indicator.IndicatorEntry;
import org.gelplan.plan.project.ProjectEntry;
import org.gelplan.plan.transfer.PlanItemsCheck.Located;
import org.springframework.stereotype.Component;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Binds a plan file's tree entry by entry, so that every unreadable value and every Bean Validation
 * failure is reported with its place, not only the first. Entries that fail are left out of the result.
 */
@Component
class PlanFileBinder {

    /** What a file holds once bound: its valid entries with where they came from, and what was wrong. */
    record Bound(Located<AdoptPlanRequest> plan, List<Located<ProjectEntry>> projects, List<Located<ActionEntry>> actions,
                 List<Located<IndicatorEntry>> indicators, List<PlanFileProblem> problems) {
    }

    // The web layer's rule for Mongo operators in strings, applied to files too (SPEC §4).
    private static final Pattern OPERATOR = Pattern.compile("^\\s*\\$[A-Za-z]+");

    private final ObjectMapper json;
    private final SpringValidatorAdapter validator;

    PlanFileBinder(ObjectMapper json, Validator validator) {
        this.json = json.copy().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.validator = new SpringValidatorAdapter(validator);
    }

    Bound bind(JsonNode tree) {
        List<PlanFileProblem> problems = new ArrayList<>();
        checkText(tree, "", problems);
        String format = tree.path("format").asText(PlanFile.FORMAT);
        if (!PlanFile.FORMAT.equals(format)) {
            problems.add(PlanFileProblem.of("/format", "plan-file.unknown-format", format, PlanFile.FORMAT));
        }
        List<Located<AdoptPlanRequest>> plan = entries(tree, "plan", AdoptPlanRequest.class, problems);
        if (!tree.path("plan").isObject()) {
            problems.add(PlanFileProblem.of("/plan", "plan-file.plan-missing"));
        }
        return new Bound(plan.isEmpty() ? null : plan.get(0), entries(tree, "projects", ProjectEntry.class, problems),
                entries(tree, "actions", ActionEntry.class, problems),
                entries(tree, "indicators", IndicatorEntry.class, problems), problems);
    }

    private <T> List<Located<T>> entries(JsonNode tree, String name, Class<T> type, List<PlanFileProblem> problems) {
        JsonNode node = tree.path(name);
        List<Located<T>> bound = new ArrayList<>();
        if (node.isObject()) {
            bindOne(node, "/" + name, type, problems, bound);
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                bindOne(node.get(i), "/" + name + "/" + i, type, problems, bound);
            }
        } else if (!node.isMissingNode() && !node.isNull()) {
            problems.add(PlanFileProblem.of("/" + name, "plan-file.invalid-value", name));
        }
        return bound;
    }

    private <T> void bindOne(JsonNode node, String pointer, Class<T> type, List<PlanFileProblem> problems,
                             List<Located<T>> bound) {
        T entry;
        try {
            entry = json.treeToValue(node, type);
        } catch (JsonMappingException unreadable) {
            String path = unreadable.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
                    : String.valueOf(r.getIndex())).collect(Collectors.joining("/"));
            problems.add(PlanFileProblem.of(path.isEmpty() ? pointer : pointer + "/" + path, "plan-file.invalid-value", path));
            return;
        } catch (IOException unreadable) {
            problems.add(PlanFileProblem.of(pointer, "plan-file.invalid-value", ""));
            return;
        }
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(entry, type.getSimpleName());
        validator.validate(entry, errors);
        for (FieldError error : errors.getFieldErrors()) {
            problems.add(new PlanFileProblem(pointer + "/" + error.getField(), error.getCodes(), error.getArguments(),
                    error.getDefaultMessage()));
        }
        if (!errors.hasErrors()) {
            bound.add(new Located<>(pointer, entry));
        }
    }

    private static void checkText(JsonNode node, String pointer, List<PlanFileProblem> problems) {
        if (node.isTextual() && OPERATOR.matcher(node.textValue()).find()) {
            problems.add(PlanFileProblem.of(pointer, "plan-file.operator-text"));
        } else if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if (field.getKey().startsWith("$") || field.getKey().contains(".")) {
                    problems.add(PlanFileProblem.of(pointer + "/" + field.getKey(), "plan-file.operator-text"));
                } else {
                    checkText(field.getValue(), pointer + "/" + field.getKey(), problems);
                }
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkText(node.get(i), pointer + "/" + i, problems);
            }
        }
    }
}
