package org.resilienceroadmap.action;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

interface ActionRepository extends JpaRepository<Action, Long>, JpaSpecificationExecutor<Action> {

    List<Action> findByStrategyIdOrderByStartDateAscIdAsc(Long strategyId);
}
