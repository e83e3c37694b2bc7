package org.resilienceroadmap.strategy;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.resilienceroadmap.shared.InChunks;
import org.resilienceroadmap.workflow.TaskItem;
import org.resilienceroadmap.workflow.TaskSubjectLink;
import org.springframework.stereotype.Component;

/**
 * Strategy tasks show the strategy's title and open the strategy where the task is done: a review,
 * the consolidation and the approval at the version under review, the adoption on its tab, the
 * drafting at the draft.
 */
@Component
class StrategySubjectLink implements TaskSubjectLink {

    private static final List<String> ON_THE_VERSION =
            List.of("Task_ReviewVersion", "Task_ConsolidateReview", "Task_ApproveStrategy");

    private final StrategyRepository strategies;
    private final StrategyVersionRepository versions;

    StrategySubjectLink(StrategyRepository strategies, StrategyVersionRepository versions) {
        this.strategies = strategies;
        this.versions = versions;
    }

    @Override
    public String subjectType() {
        return StrategyService.SUBJECT_TYPE;
    }

    @Override
    public String title(String subjectId, Locale locale) {
        return strategies
                .findById(Long.valueOf(subjectId))
                .map(Strategy::getTitle)
                .orElse(subjectId);
    }

    /** Titles only, in one read a thousand: a country's task list names a hundred plans or more. */
    @Override
    public Map<String, About> about(Collection<String> subjectIds, Locale locale) {
        Map<String, About> about = new HashMap<>();
        InChunks.read(TaskSubjectLink.numbers(subjectIds), strategies::findTitles)
                .forEach(row -> about.put(String.valueOf(row.id()), new About(row.title(), null)));
        subjectIds.forEach(id -> about.putIfAbsent(id, new About(id, null)));
        return about;
    }

    @Override
    public String route(TaskItem task) {
        String route = "strategies/" + task.subjectId();
        if ("Task_RecordAdoption".equals(task.taskKey())) {
            return route + "?tab=adoption";
        }
        if (ON_THE_VERSION.contains(task.taskKey())) {
            // The version under review is the newest: a new one is frozen only when the chair submits again.
            List<StrategyVersion> frozen = versions.findByStrategyIdOrderByNumberAsc(Long.valueOf(task.subjectId()));
            if (!frozen.isEmpty()) {
                return route + "?tab=versions&version="
                        + frozen.get(frozen.size() - 1).getNumber();
            }
        }
        return route;
    }

    @Override
    public Optional<String> page(String subjectId) {
        return Optional.of("strategies/" + subjectId);
    }

    @Override
    public Optional<String> resource(TaskItem task) {
        return Optional.of("/api/v1/strategies/" + task.subjectId());
    }
}
