package org.resilienceroadmap.funding;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface IndicatorSnapshotRepository extends JpaRepository<IndicatorSnapshot, Long> {

    List<IndicatorSnapshot> findByIndicatorIdInOrderByMonth(Collection<Long> indicatorIds);

    boolean existsByIndicatorIdAndMonth(Long indicatorId, LocalDate month);
}
