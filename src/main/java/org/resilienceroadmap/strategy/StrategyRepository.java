package org.resilienceroadmap.strategy;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface StrategyRepository extends JpaRepository<Strategy, Long> {

    List<Strategy> findByJurisdictionIdOrderByCreatedAtDesc(Long jurisdictionId);

    /** A page of them, newest first; the id settles ties, so that pages neither repeat nor skip one. */
    Page<Strategy> findByJurisdictionIdOrderByCreatedAtDescIdDesc(Long jurisdictionId, Pageable page);

    @org.springframework.data.jpa.repository.Query("""
            select s.id as strategyId, s.jurisdictionId as jurisdictionId, s.title as title,
                   d.adoptedOn as adoptedOn, d.decisionReference as decisionReference
            from Strategy s, StrategyAdoption d
            where d.strategyId = s.id and s.state = org.resilienceroadmap.strategy.StrategyState.ADOPTED
              and s.jurisdictionId in :jurisdictionIds order by d.adoptedOn desc""")
    List<AdoptedStrategy> findAdopted(java.util.Collection<Long> jurisdictionIds);

    /** A strategy's title by its id: what a list of tasks names its plans by. */
    record Titled(Long id, String title) {}

    @org.springframework.data.jpa.repository.Query("""
            select new org.resilienceroadmap.strategy.StrategyRepository$Titled(s.id, s.title)
            from Strategy s where s.id in :ids""")
    List<Titled> findTitles(java.util.Collection<Long> ids);
}
