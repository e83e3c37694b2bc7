package org.resilienceroadmap.funding;

import java.util.List;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DisbursementRepository extends JpaRepository<Disbursement, Long> {

    List<Disbursement> findByProgrammeIdOrderByPaidOnAscIdAsc(Long programmeId);

    /** Held until the transaction ends, so that two allocations of it cannot together pass its amount. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Disbursement d where d.id = :id")
    java.util.Optional<Disbursement> findLocked(Long id);
}
