package org.resilienceroadmap.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JurisdictionRepository extends JpaRepository<Jurisdiction, Long> {

    Optional<Jurisdiction> findByCode(String code);

    /**
     * These jurisdictions by name, the ids bound as one array: a donor's or a region's scope holds
     * thousands of jurisdictions, and an {@code in} list of them was translated, sent and planned a
     * parameter each. Declared to read the jurisdiction table alone, so that, as a query of SQL, it makes
     * Hibernate write out pending changes to jurisdictions first, not every pending change.
     */
    @org.springframework.data.jpa.repository.QueryHints(
            @jakarta.persistence.QueryHint(name = "org.hibernate.query.native.spaces", value = "jurisdiction"))
    @org.springframework.data.jpa.repository.Query(
            value = "select * from jurisdiction where id = any(:ids) order by name",
            nativeQuery = true)
    List<Jurisdiction> findByIdAnyOrderByName(Long[] ids);

    /** The given jurisdictions and everything under them, in one recursive query (H2 and PostgreSQL alike). */
    @Query(value = """
            with recursive subtree(id) as (
                select id from jurisdiction where id in (:roots)
                union all
                select j.id from jurisdiction j join subtree s on j.parent_id = s.id)
            select id from subtree""", nativeQuery = true)
    List<Long> findSubtreeIds(Collection<Long> roots);

    /** The jurisdiction and its ancestors up to the region. */
    @Query(value = """
            with recursive chain(id, parent_id) as (
                select id, parent_id from jurisdiction where id = :id
                union all
                select j.id, j.parent_id from jurisdiction j join chain c on j.id = c.parent_id)
            select id from chain""", nativeQuery = true)
    List<Long> findAncestryIds(Long id);
}
