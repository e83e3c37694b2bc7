package org.resilienceroadmap.strategy;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.resilienceroadmap.notification.Notice;
import org.resilienceroadmap.notification.Notifier;
import org.resilienceroadmap.shared.Days;
import org.springframework.stereotype.Component;

/** What the review tells people, in their own language, in the app and by e-mail where configured. */
@Component
class StrategyNotices {

    private final Notifier notifier;

    StrategyNotices(Notifier notifier) {
        this.notifier = notifier;
    }

    void draftingOpened(Strategy strategy, Collection<String> chairs) {
        notifier.notify(chairs, notice("strategy.notice.draftingOpened", strategy, List.of()));
    }

    void reviewAssigned(Strategy strategy, int number, String reviewer, Instant due) {
        notifier.notify(
                List.of(reviewer),
                notice("strategy.notice.reviewAssigned", strategy, List.of(String.valueOf(number), day(due))));
    }

    void reviewDueSoon(Strategy strategy, int number, Collection<String> reviewers, Instant due) {
        notifier.notify(
                reviewers,
                notice("strategy.notice.reviewDueSoon", strategy, List.of(String.valueOf(number), day(due))));
    }

    void reviewOverdue(Strategy strategy, int number, Collection<String> chairs, Collection<String> missing) {
        notifier.notify(
                chairs,
                notice(
                        "strategy.notice.reviewOverdue",
                        strategy,
                        List.of(String.valueOf(number), String.join(", ", missing))));
    }

    void decided(Strategy strategy, int number, String key, Collection<String> recipients) {
        notifier.notify(recipients, notice(key, strategy, List.of(String.valueOf(number))));
    }

    void adopted(Strategy strategy, Collection<String> recipients) {
        notifier.notify(recipients, notice("strategy.notice.adopted", strategy, List.of()));
    }

    /** The strategy's title always comes first, so every message can name it as {0}. */
    private static Notice notice(String key, Strategy strategy, List<String> args) {
        List<String> all = new java.util.ArrayList<>();
        all.add(strategy.getTitle());
        all.addAll(args);
        return new Notice(key, all, "strategies/" + strategy.getId());
    }

    /** The day the review is due, as the chair picked it (ISO, so every language reads it alike). */
    private static String day(Instant due) {
        return Days.dueDay(due).toString();
    }
}
