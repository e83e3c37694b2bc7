package org.resilienceroadmap.directory;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface HazardRepository extends JpaRepository<Hazard, Hazard.Key> {

    List<Hazard> findAllByOrderByCode();
}
