package org.resilienceroadmap.action;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ActionRepository extends JpaRepository<Action, Long>, JpaSpecificationExecutor<Action> {

    List<Action> findByStrategyIdOrderByStartDateAscIdAsc(Long strategyId);

    @org.springframework.data.jpa.repository.Query("""
            select a.jurisdictionId as jurisdictionId,
                   count(a) as actions,
                   sum(case when a.status in :done then 1 else 0 end) as completed,
                   sum(case when a.status in :done and a.completedOn <= a.dueDate then 1 else 0 end) as completedOnTime,
                   sum(case when a.status in :open and a.dueDate < :today then 1 else 0 end) as overdue
            from Action a
            where a.jurisdictionId in :jurisdictionIds and a.status <> org.resilienceroadmap.action.ActionStatus.CANCELLED
            group by a.jurisdictionId""")
    List<ActionCounts> countByJurisdiction(java.util.Collection<Long> jurisdictionIds,
            java.util.Collection<ActionStatus> done, java.util.Collection<ActionStatus> open, java.time.LocalDate today);
}
