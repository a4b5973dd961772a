package org.gelplan.plan.transfer;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.gelplan.plan.api.ActionAlreadyRegistered;
import org.gelplan.plan.api.IndicatorAlreadyDefined;
import org.gelplan.plan.api.PlanId;
import org.gelplan.plan.api.ProjectAlreadyRegistered;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/**
 * Sends a plan's projects, actions and indicators as commands, in that order (indicators name the
 * projects and actions they belong to). Ids are the file's own, so sending the same items again
 * (a restart, a resumed import) finds them registered and goes on: nothing is recorded twice.
 */
@Component
class PlanItemsSender {

    /** How many commands recorded something, and how many found their item already there. */
    record Outcome(int recorded, int alreadyThere) {
    }

    private final CommandGateway commands;

    PlanItemsSender(CommandGateway commands) {
        this.commands = commands;
    }

    Outcome send(PlanId planId, PlanItems items, MetaData metaData) {
        List<Object> all = new ArrayList<>();
        items.projects().forEach(project -> all.add(project.toCommand(planId)));
        items.actions().forEach(action -> all.add(action.toCommand(planId)));
        items.indicators().forEach(indicator -> all.add(indicator.toCommand(planId)));
        int recorded = 0;
        int alreadyThere = 0;
        for (Object command : all) {
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
                recorded++;
            } catch (ProjectAlreadyRegistered | ActionAlreadyRegistered | IndicatorAlreadyDefined there) {
                alreadyThere++;
            }
        }
        return new Outcome(recorded, alreadyThere);
    }
}
