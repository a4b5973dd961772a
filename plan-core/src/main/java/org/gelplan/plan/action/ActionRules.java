package org.gelplan.plan.action;

import org.gelplan.plan.api.ActionAlreadyRegistered;
import org.gelplan.plan.api.ActionRegistered;
import org.gelplan.plan.api.InvalidPlanItem;
import org.gelplan.plan.api.RegisterAction;

import java.util.Set;

/** The rules an action of the operational framework (Tabla 7) must meet to be registered in a plan. */
public final class ActionRules {

    private ActionRules() {
    }

    /** @param registered the ids of the plan's actions so far */
    public static ActionRegistered register(RegisterAction command, Set<String> registered) {
        if (registered.contains(command.actionId().value())) {
            throw new ActionAlreadyRegistered(command.planId(), command.actionId());
        }
        if (command.action() == null || command.action().name() == null || command.action().name().isBlank()) {
            throw new InvalidPlanItem("action.name-required", command.actionId().value());
        }
        return new ActionRegistered(command.planId(), command.actionId(), command.action());
    }
}
