package org.resilienceroadmap.portfolio.comparison.api;

import java.util.List;

import org.resilienceroadmap.shared.api.PageResponse;

/** The heat map: the Essentials compared (in the template's order) and a page of cities. */
record HeatMapJson(SubjectJson subject, String template, List<Integer> essentials, PageResponse<CityJson> cities) {}
