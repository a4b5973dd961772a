package org.gelplan.plan.transfer;

import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.axonframework.modelling.command.ConcurrencyException;
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

    private static final int MAX_ATTEMPTS = 3;

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
            if (send(command, metaData)) {
                recorded++;
            } else {
                alreadyThere++;
            }
        }
        return new Outcome(recorded, alreadyThere);
    }

    /** @return whether it recorded something; another node sending the same item at once makes one of the two retry */
    private boolean send(Object command, MetaData metaData) {
        for (int attempt = 1; ; attempt++) {
            try {
                commands.sendAndWait(GenericCommandMessage.asCommandMessage(command).andMetaData(metaData));
                return true;
            } catch (ProjectAlreadyRegistered | ActionAlreadyRegistered | IndicatorAlreadyDefined there) {
                return false;
            } catch (ConcurrencyException concurrentChange) {
                if (attempt == MAX_ATTEMPTS) {
                    throw concurrentChange;
                }
            }
        }
    }
}
