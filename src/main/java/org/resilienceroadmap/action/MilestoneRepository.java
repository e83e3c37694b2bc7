package org.resilienceroadmap.action;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    List<Milestone> findByActionIdInOrderByTargetDateAsc(Collection<Long> actionIds);
}
