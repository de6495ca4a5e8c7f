package fr.mosaic.dashboard;

import java.time.LocalDate;

import fr.mosaic.interchange.PlanDocument;
import fr.mosaic.interchange.ProblemDocument;

/** A stored week with its plan, as the analyses read it. */
public record PlannedWeek(LocalDate weekStart, ProblemDocument problem, PlanDocument plan) {
}
