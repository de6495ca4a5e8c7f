package fr.mosaic.planning;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import fr.mosaic.planning.solver.ConstraintWeights;
import fr.mosaic.planning.solver.justification.ConsolidationJustification;
import fr.mosaic.planning.solver.justification.OvertimeJustification;
import fr.mosaic.planning.solver.justification.PlanningJustification;
import fr.mosaic.planning.solver.justification.UncoveredMinutesJustification;

/**
 * What a plan's score means, for a person: « Toutes les règles légales respectées · 5 h 30 non couvertes · 3 salariés
 * sous leur contrat de 4 h au total ». The raw score stays in {@link PlanExplanation#score()} for experts.
 *
 * @param breaches penalties of the hard rules (the law, skills, exclusions, windows); zero for a feasible plan
 * @param uncoveredMinutes requested minutes without a worker, unweighted by priority
 * @param workersBelowContract workers planned under their contract
 * @param minutesBelowContract those workers' missing minutes, in all
 * @param workersAboveContract workers planned over their contract
 * @param minutesAboveContract those workers' minutes over contract, in all
 */
public record PlanSummary(int breaches, long uncoveredMinutes, int workersBelowContract, long minutesBelowContract,
		int workersAboveContract, long minutesAboveContract) {

	private static final String SEPARATOR = " · ";

	public static PlanSummary of(PlanExplanation explanation) {
		var breaches = explanation.rules().stream().filter(rule -> rule.score().hardScore() < 0)
				.mapToInt(rule -> rule.penalties().size()).sum();
		List<PlanningJustification> justifications = explanation.rules().stream()
				.flatMap(rule -> rule.penalties().stream()).map(PlanExplanation.Penalty::justification)
				.filter(Objects::nonNull).toList();
		long uncovered = 0;
		int below = 0;
		long belowMinutes = 0;
		int above = 0;
		long aboveMinutes = 0;
		for (var justification : justifications) {
			switch (justification) {
				case UncoveredMinutesJustification shift -> uncovered += uncoveredMinutes(shift);
				case ConsolidationJustification worker -> {
					below++;
					belowMinutes += worker.minutes();
				}
				case OvertimeJustification worker -> {
					above++;
					aboveMinutes += worker.minutes();
				}
				default -> {
				}
			}
		}
		return new PlanSummary(breaches, uncovered, below, belowMinutes, above, aboveMinutes);
	}

	/** An uncovered shift's minutes: its justification weighs a contracted request's minutes more than an extra's. */
	public static long uncoveredMinutes(UncoveredMinutesJustification shift) {
		return shift.extra() ? shift.minutes() : shift.minutes() / ConstraintWeights.CONTRACTED_UNCOVERED_FACTOR;
	}

	/** The summary as one line; parts about workers' contracts are left out when nobody is below or above. */
	public String render(Locale locale) {
		List<PlanningMessage> parts = new ArrayList<>();
		parts.add(breaches == 0
				? PlanningMessage.of("planning.summary.legal")
				: PlanningMessage.of("planning.summary.breaches", breaches));
		parts.add(uncoveredMinutes == 0
				? PlanningMessage.of("planning.summary.covered")
				: PlanningMessage.of("planning.summary.uncovered", Duration.ofMinutes(uncoveredMinutes)));
		if (workersBelowContract > 0) {
			parts.add(PlanningMessage.of("planning.summary.belowContract", workersBelowContract,
					Duration.ofMinutes(minutesBelowContract)));
		}
		if (workersAboveContract > 0) {
			parts.add(PlanningMessage.of("planning.summary.overtime", workersAboveContract,
					Duration.ofMinutes(minutesAboveContract)));
		}
		return parts.stream().map(part -> part.render(locale)).collect(Collectors.joining(SEPARATOR));
	}

}
