package org.resilienceroadmap.funding;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface CommitmentRepository extends JpaRepository<Commitment, Long> {

    List<Commitment> findByProgrammeIdOrderByCommittedOnAscIdAsc(Long programmeId);

    /** Held until the transaction ends, so that two allocations of it cannot together pass its amount. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Commitment c where c.id = :id")
    Optional<Commitment> findLocked(Long id);
}
