package fr.mosaic.consolidation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What-if settings: the solving time (elapsed) of each what-if copy of a week, and how many contract amendments an
 * analysis verifies by solving at most, e.g. {@code mosaic.whatif.solve-time=5s}. An analysis solves each of its weeks
 * once more when it has no stored plan, then, week after week, the week's control and once per scenario, amendment or
 * departure: its time is about the weeks times their count plus one, times the solving time.
 */
@ConfigurationProperties("mosaic.whatif")
public record WhatIfProperties(@DefaultValue("3s") Duration solveTime, @DefaultValue("5") int amendmentCandidates) {
}
