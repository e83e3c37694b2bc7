package org.resilienceroadmap.strategy;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface StrategyCommentRepository extends JpaRepository<StrategyComment, Long> {

    List<StrategyComment> findByVersionIdInOrderByWrittenAtAscIdAsc(Collection<Long> versionIds);
}
