package org.resilienceroadmap.funding;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface BudgetLineRepository extends JpaRepository<BudgetLine, Long> {

    List<BudgetLine> findByProgrammeIdOrderByPeriodStartAscIdAsc(Long programmeId);
}
