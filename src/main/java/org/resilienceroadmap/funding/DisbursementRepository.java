package org.resilienceroadmap.funding;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface DisbursementRepository extends JpaRepository<Disbursement, Long> {

    List<Disbursement> findByProgrammeIdOrderByPaidOnAscIdAsc(Long programmeId);
}
