package org.resilienceroadmap.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MembershipRepository extends JpaRepository<Membership, Long> {

    List<Membership> findByPersonId(Long personId);

    List<Membership> findByJurisdictionId(Long jurisdictionId);

    List<Membership> findByProgrammeId(Long programmeId);
}
