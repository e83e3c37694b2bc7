package org.resilienceroadmap.strategy;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StrategyReviewRepository extends JpaRepository<StrategyReview, Long> {

    List<StrategyReview> findByVersionIdInOrderByDecidedAtAsc(Collection<Long> versionIds);

    boolean existsByVersionIdAndReviewer(Long versionId, String reviewer);
}
