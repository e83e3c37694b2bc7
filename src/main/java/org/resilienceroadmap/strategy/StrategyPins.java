package org.resilienceroadmap.strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.resilienceroadmap.security.UserScope;
import org.resilienceroadmap.strategy.process.StrategyReviewProcess;
import org.resilienceroadmap.workflow.PinTarget;
import org.resilienceroadmap.workflow.TaskItem;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A version returned for changes — by a coordinator at approval, or by the chair after the review —
 * pins comments to the draft's objectives and sections (its headings); the working group answers
 * them before the chair submits the next version.
 */
@Component
class StrategyPins implements PinTarget {

    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,3}\\s+(.+)$");
    private static final int MAX_KEY = 100;

    private final StrategyRepository strategies;
    private final StrategyAccess access;
    private final MessageSource messages;

    StrategyPins(StrategyRepository strategies, StrategyAccess access, MessageSource messages) {
        this.strategies = strategies;
        this.access = access;
        this.messages = messages;
    }

    @Override
    public String subjectType() {
        return StrategyService.SUBJECT_TYPE;
    }

    @Override
    public String collection() {
        return "strategies";
    }

    @Override
    public boolean returns(TaskItem task, String outcome) {
        return StrategyReviewProcess.KEY.equals(task.processKey())
                && ((StrategyReviewProcess.TASK_APPROVE.equals(task.taskKey()) && "return".equals(outcome))
                        || (StrategyReviewProcess.TASK_CONSOLIDATE.equals(task.taskKey())
                                && "request-changes".equals(outcome)));
    }

    /** The objectives in their order ("Objective 2 · …"), then the sections of the text ("Section · …"). */
    @Override
    public List<PinItem> items(String subjectId, Locale locale) {
        Strategy strategy = strategies.findById(Long.valueOf(subjectId)).orElseThrow();
        List<PinItem> items = new ArrayList<>();
        List<StrategyObjective> objectives = strategy.getObjectives();
        for (int i = 0; i < objectives.size(); i++) {
            StrategyObjective o = objectives.get(i);
            items.add(new PinItem(
                    "objective:" + o.getId(),
                    messages.getMessage("pin.item.objective", new Object[] {i + 1, o.getTitle()}, locale)));
        }
        Matcher m = HEADING.matcher(strategy.getContent() == null ? "" : strategy.getContent());
        java.util.Set<String> keys = new java.util.HashSet<>();
        while (m.find()) {
            String heading = m.group(1).strip();
            String key = "section:" + (heading.length() > MAX_KEY ? heading.substring(0, MAX_KEY) : heading);
            if (keys.add(key)) {
                items.add(new PinItem(key, messages.getMessage("pin.item.section", new Object[] {heading}, locale)));
            }
        }
        return items;
    }

    @Override
    public boolean sees(String subjectId, UserScope me) {
        return strategies
                .findById(Long.valueOf(subjectId))
                .map(s -> me.sees(s.getJurisdictionId()))
                .orElse(false);
    }

    @Override
    public boolean answers(String subjectId, UserScope me) {
        return strategies
                .findById(Long.valueOf(subjectId))
                .map(s -> access.isWorkingGroup(me, s.getJurisdictionId()))
                .orElse(false);
    }
}
