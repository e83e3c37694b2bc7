package org.resilienceroadmap.action;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ActionRepository extends JpaRepository<Action, Long>, JpaSpecificationExecutor<Action> {

    List<Action> findByStrategyIdOrderByStartDateAscIdAsc(Long strategyId);

    /** Open actions past their due date, per jurisdiction: few rows, read through the status and due-date index. */
    @org.springframework.data.jpa.repository.Query("""
            select a.jurisdictionId, count(a)
            from Action a
            where a.jurisdictionId in :jurisdictionIds and a.status in :open and a.dueDate < :today
            group by a.jurisdictionId""")
    List<Object[]> countOverdueByJurisdiction(java.util.Collection<Long> jurisdictionIds,
            java.util.Collection<ActionStatus> open, java.time.LocalDate today);
}
