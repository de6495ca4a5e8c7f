package fr.mosaic.consolidation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.mosaic.planning.PlanningService.JobState;

/**
 * Where an analysis stands.
 *
 * @param baseline whether it is solving the week itself first, the week having no stored plan
 * @param done what-if copies solved so far
 * @param total what-if copies to solve, 0 until known
 * @param analysisId the stored analysis, once SOLVED
 */
public record AnalysisProgress(String jobId, WhatIfKind kind, LocalDate weekStart, JobState state, boolean baseline,
		int done, int total, @Nullable Long analysisId, @Nullable String error) {
}
