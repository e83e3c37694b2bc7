package org.resilienceroadmap.action;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.resilienceroadmap.shared.InChunks;
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

    /**
     * The titles and plans of a list's actions in one read a thousand, not two reads an action: an
     * action belongs to its strategy's action plan, whose actions a coordinator approves together.
     */
    @Override
    public Map<String, About> about(Collection<String> subjectIds, Locale locale) {
        Map<String, About> about = new HashMap<>();
        InChunks.read(TaskSubjectLink.numbers(subjectIds), actions::findTitled)
                .forEach(a -> about.put(
                        String.valueOf(a.id()),
                        new About(
                                a.title(),
                                new SubjectRef(StrategyService.SUBJECT_TYPE, String.valueOf(a.strategyId())))));
        // An action since removed is named by its id, as title() names it.
        subjectIds.forEach(id -> about.putIfAbsent(id, new About(id, null)));
        return about;
    }

    /** Every task of an action is done on the action's page. */
    @Override
    public String route(TaskItem task) {
        return "actions/" + task.subjectId();
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
