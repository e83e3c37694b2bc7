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

    /**
     * Approved, unfinished actions past their due date, per jurisdiction (a proposal nobody approved is
     * not overdue). The statuses are written out, not bound: only then can PostgreSQL's plan use the
     * partial index of open actions by due date (vendor migration V13, which holds these and proposals)
     * and count from the index alone.
     */
    @org.springframework.data.jpa.repository.Query("""
            select a.jurisdictionId, count(*)
            from Action a
            where a.jurisdictionId in :jurisdictionIds and a.dueDate < :today
              and a.status in (org.resilienceroadmap.action.ActionStatus.APPROVED,
                  org.resilienceroadmap.action.ActionStatus.IN_PROGRESS)
            group by a.jurisdictionId""")
    List<Object[]> countOverdueByJurisdiction(java.util.Collection<Long> jurisdictionIds, java.time.LocalDate today);
}
