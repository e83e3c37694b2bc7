package org.resilienceroadmap.strategy;

import java.util.List;
import java.util.function.Function;

import org.resilienceroadmap.security.CurrentUser;
import org.resilienceroadmap.shared.error.NotFoundException;
import org.resilienceroadmap.shared.text.SideBySideDiff;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The frozen versions of a strategy, for anyone who sees it: one version, its objectives as they
 * were, two versions side by side, the draft against the latest version.
 */
@Service
public class StrategyVersions {

    private final StrategyVersionRepository versions;
    private final StrategyAccess access;
    private final ObjectivesJson objectivesJson;
    private final CurrentUser currentUser;

    StrategyVersions(
            StrategyVersionRepository versions,
            StrategyAccess access,
            ObjectivesJson objectivesJson,
            CurrentUser currentUser) {
        this.versions = versions;
        this.access = access;
        this.objectivesJson = objectivesJson;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public StrategyVersion version(Long strategyId, int number) {
        access.visible(currentUser.scope(), strategyId);
        return versions.findByStrategyIdAndNumber(strategyId, number)
                .orElseThrow(() -> new NotFoundException("Version", number));
    }

    /** A version's objectives as they were frozen. */
    public List<ObjectiveDraft> objectivesOf(StrategyVersion version) {
        return objectivesJson.read(version.getObjectivesJson());
    }

    /** Two versions side by side, the changes marked, older on the left; objectives' ties as codes. */
    @Transactional(readOnly = true)
    public List<SideBySideDiff.Line> compare(Long strategyId, int from, int to) {
        return compare(strategyId, from, to, VersionText.CODES);
    }

    /** Two versions side by side, each objective's ties worded by {@code ties} (a page's {@link ObjectiveTies#line}). */
    @Transactional(readOnly = true)
    public List<SideBySideDiff.Line> compare(Long strategyId, int from, int to, Function<ObjectiveDraft, String> ties) {
        StrategyVersion older = version(strategyId, Math.min(from, to));
        StrategyVersion newer = version(strategyId, Math.max(from, to));
        return SideBySideDiff.compare(textOf(older, ties), textOf(newer, ties));
    }

    /** The draft as it stands against the latest version: what changed since the last submission. */
    @Transactional(readOnly = true)
    public List<SideBySideDiff.Line> compareDraft(Long strategyId) {
        Strategy draft = access.visible(currentUser.scope(), strategyId);
        String latest = versions.findByStrategyIdAndNumber(strategyId, draft.getVersionCount())
                .map(v -> textOf(v, VersionText.CODES))
                .orElse("");
        return SideBySideDiff.compare(
                latest,
                VersionText.of(
                        draft.getTitle(),
                        draft.getPeriodStart(),
                        draft.getPeriodEnd(),
                        draft.getContent(),
                        draft.getObjectives().stream()
                                .map(StrategyObjective::toDraft)
                                .toList(),
                        VersionText.CODES));
    }

    private String textOf(StrategyVersion v, Function<ObjectiveDraft, String> ties) {
        return VersionText.of(
                v.getTitle(), v.getPeriodStart(), v.getPeriodEnd(), v.getContent(), objectivesOf(v), ties);
    }
}
