package org.resilienceroadmap.assessment;

import org.springframework.data.jpa.repository.JpaRepository;

interface LoadedTemplateRepository extends JpaRepository<LoadedTemplate, Long> {

    boolean existsByTemplateId(String templateId);
}
