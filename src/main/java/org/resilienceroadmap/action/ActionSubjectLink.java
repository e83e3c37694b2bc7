package org.resilienceroadmap.action;

import java.util.Locale;
import java.util.Optional;

import org.resilienceroadmap.strategy.StrategyService;
import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.TaskSubjectLink;
import org.springframework.stereotype.Component;

/** Action tasks show the action's title, open the action and belong to its strategy's plan. */
@Component
class ActionSubjectLink implements TaskSubjectLink {

    private final ActionRepository actions;

    ActionSubjectLink(ActionRepository actions) {
        this.actions = actions;
    }

    @Override
    public String subjectType() {
        return ActionService.SUBJECT_TYPE;
    }

    @Override
    public String title(String subjectId, Locale locale) {
        return actions.findById(Long.valueOf(subjectId)).map(Action::getTitle).orElse(subjectId);
    }

    /** One read for a page of tasks: the actions stay in the transaction's persistence context for title and plan. */
    @Override
    public void readAhead(java.util.Collection<String> subjectIds) {
        actions.findAllById(subjectIds.stream()
                .filter(id -> id.chars().allMatch(Character::isDigit) && !id.isEmpty())
                .map(Long::valueOf)
                .distinct()
                .toList());
    }

    /** Every task of an action is done on the action's page. */
    @Override
    public String route(TaskItem task) {
        return "actions/" + task.subjectId();
    }

    /** An action belongs to its strategy's action plan: a coordinator approves a plan's actions together. */
    @Override
    public Optional<SubjectRef> partOf(String subjectId) {
        return actions.findById(Long.valueOf(subjectId))
                .map(a -> new SubjectRef(StrategyService.SUBJECT_TYPE, String.valueOf(a.getStrategyId())));
    }

    @Override
    public Optional<String> page(String subjectId) {
        return Optional.of("actions/" + subjectId);
    }

    @Override
    public Optional<String> resource(TaskItem task) {
        return Optional.of("/api/v1/actions/" + task.subjectId());
    }
}
