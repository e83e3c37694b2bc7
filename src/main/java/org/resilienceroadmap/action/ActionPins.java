package org.resilienceroadmap.action;

import java.util.List;
import java.util.Locale;

import org.resilienceroadmap.action.process.ActionProcess;
import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.workflow.PinTarget;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A completion claim returned at verification pins comments to fields of the action (its dates,
 * budget, percent, evidence…); the owner or the working group answers them before claiming
 * completion again.
 */
@Component
class ActionPins implements PinTarget {

    /** The fields a coordinator may question, in the order the action's page shows them. */
    static final List<String> FIELDS = List.of(
            "title",
            "leadAgency",
            "owner",
            "start",
            "due",
            "budget",
            "programme",
            "tags",
            "milestones",
            "percent",
            "narrative",
            "evidence");

    private final ActionRepository actions;
    private final StrategyService strategies;
    private final MessageSource messages;

    ActionPins(ActionRepository actions, StrategyService strategies, MessageSource messages) {
        this.actions = actions;
        this.strategies = strategies;
        this.messages = messages;
    }

    @Override
    public String subjectType() {
        return ActionService.SUBJECT_TYPE;
    }

    @Override
    public String collection() {
        return "actions";
    }

    @Override
    public boolean returns(TaskItem task, String outcome) {
        return ActionProcess.KEY.equals(task.processKey())
                && ActionProcess.TASK_VERIFY.equals(task.taskKey())
                && "return".equals(outcome);
    }

    @Override
    public List<PinItem> items(String subjectId, Locale locale) {
        return FIELDS.stream()
                .map(f -> new PinItem("field:" + f, messages.getMessage("pin.field." + f, null, locale)))
                .toList();
    }

    @Override
    public boolean sees(String subjectId, UserScope me) {
        return actions.findById(Long.valueOf(subjectId))
                .map(a -> me.sees(a.getJurisdictionId()))
                .orElse(false);
    }

    /** The owner, or the working group that reports for the action, as for its progress reports. */
    @Override
    public boolean answers(String subjectId, UserScope me) {
        return actions.findById(Long.valueOf(subjectId))
                .map(a -> me.username().equals(a.getOwner()) || strategies.isWorkingGroupOf(me, a.getJurisdictionId()))
                .orElse(false);
    }
}
