package org.resilienceroadmap.action;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ActionRepository extends JpaRepository<Action, Long>, JpaSpecificationExecutor<Action> {

    List<Action> findByStrategyIdOrderByStartDateAscIdAsc(Long strategyId);

    List<Action> findByPlanReviewIdOrderByIdAsc(Long planReviewId);

    long countByPlanReviewId(Long planReviewId);

    /** An action's title and its strategy, all a list of tasks names it by. */
    record Titled(Long id, String title, Long strategyId) {}

    @org.springframework.data.jpa.repository.Query("""
            select new org.resilienceroadmap.action.ActionRepository$Titled(a.id, a.title, a.strategyId)
            from Action a where a.id in :ids""")
    List<Titled> findTitled(java.util.Collection<Long> ids);
}
