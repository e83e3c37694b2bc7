package org.resilienceroadmap.action;

import org.springframework.data.jpa.repository.JpaRepository;

interface PlanReviewRepository extends JpaRepository<PlanReview, Long> {}
