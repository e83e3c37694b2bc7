package org.resilienceroadmap.action;

import java.util.Locale;

import org.resilienceroadmap.workflow.TaskSubjectLink;
import org.springframework.stereotype.Component;

/** Action tasks show the action's title and open the action. */
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

    @Override
    public String route(String subjectId) {
        return "actions/" + subjectId;
    }
}
