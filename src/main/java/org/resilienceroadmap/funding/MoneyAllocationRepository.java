package org.resilienceroadmap.funding;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MoneyAllocationRepository extends JpaRepository<MoneyAllocation, Long> {

    List<MoneyAllocation> findByProgrammeIdOrderByIdAsc(Long programmeId);

    boolean existsBySourceKindAndSourceId(MoneySourceKind sourceKind, Long sourceId);

    @Query(
            "select coalesce(sum(a.amount), 0) from MoneyAllocation a where a.sourceKind = :kind and a.sourceId = :sourceId")
    BigDecimal allocatedFrom(MoneySourceKind kind, Long sourceId);
}
