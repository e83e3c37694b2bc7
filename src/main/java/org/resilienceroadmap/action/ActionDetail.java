package org.resilienceroadmap.action;

import java.util.List;
import java.util.Map;

/** An action with its milestones, its progress history and the names of its evidence files. */
public record ActionDetail(
        Action action,
        String objectiveTitle,
        List<Milestone> milestones,
        List<ProgressReport> reports,
        Map<Long, String> evidenceNames) {}
