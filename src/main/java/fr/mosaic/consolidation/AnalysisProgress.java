package fr.mosaic.consolidation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import fr.mosaic.planning.PlanningService.JobState;

/**
 * Where an analysis stands.
 *
 * @param weekStart the Monday of the last week of the range, the one the coordinator chose
 * @param week the week under way, 1 for the oldest analysed, never going back; 0 until the first starts
 * @param weeks the weeks analysed: those of the range with requests (0 until the first starts)
 * @param done what-if copies solved so far, over all the weeks
 * @param total what-if copies to solve over all the weeks, 0 until the first solve starts
 * @param analysisId the stored analysis, once SOLVED
 */
public record AnalysisProgress(String jobId, WhatIfKind kind, LocalDate weekStart, JobState state, int week, int weeks,
		int done, int total, @Nullable Long analysisId, @Nullable String error) {
}
