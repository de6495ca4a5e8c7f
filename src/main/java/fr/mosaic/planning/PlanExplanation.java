package fr.mosaic.planning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.MatchAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import fr.mosaic.planning.solver.ConstraintWeights;
import fr.mosaic.planning.solver.justification.PlanningJustification;

/**
 * A plan's score broken down by rule (in the provider's order, hard first), by worker and by member. Each penalty
 * carries its rule's justification record; the UI renders it through a key derived from the rule name.
 */
public record PlanExplanation(HardMediumSoftLongScore score, List<RuleScore> rules,
		Map<String, HardMediumSoftLongScore> scoreByWorker, Map<String, HardMediumSoftLongScore> scoreByMember) {

	public PlanExplanation {
		rules = List.copyOf(rules);
		scoreByWorker = Map.copyOf(scoreByWorker);
		scoreByMember = Map.copyOf(scoreByMember);
	}

	/** One rule's weight, total and penalties; only rules with a penalty are listed. */
	public record RuleScore(String rule, HardMediumSoftLongScore weight, HardMediumSoftLongScore score,
			List<Penalty> penalties) {

		public RuleScore {
			penalties = List.copyOf(penalties);
		}

	}

	/** One match of a rule: its score impact and the justification naming who and what. */
	public record Penalty(HardMediumSoftLongScore score, @Nullable PlanningJustification justification) {
	}

	/**
	 * The legal rules broken, by the shift ({@code component} {@code shiftId}, keys {@code r1#0}) or worker
	 * ({@code workerId}) their penalties name. A plan the solver made breaks none; a stored one may, once the register
	 * changed under it or the coordinator overrode a rule.
	 */
	public Map<String, List<String>> hardRulesBy(String component) {
		Map<String, List<String>> byId = new TreeMap<>();
		for (var rule : rules) {
			if (rule.weight().hardScore() == 0) {
				continue;
			}
			for (var penalty : rule.penalties()) {
				var justification = penalty.justification();
				if (justification == null) {
					continue;
				}
				values(justification, component).forEach(id -> {
					var names = byId.computeIfAbsent(id, key -> new ArrayList<>());
					if (!names.contains(rule.rule())) {
						names.add(rule.rule());
					}
				});
			}
		}
		return byId;
	}

	/**
	 * Whether the justification names the worker ({@code workerId}, {@code workerIds}) or the shift ({@code shiftId},
	 * {@code shiftIds}): read from the record's components.
	 */
	public static boolean mentions(PlanningJustification justification, String component, String id) {
		return values(justification, component).contains(id);
	}

	private static List<String> values(PlanningJustification justification, String component) {
		List<String> found = new ArrayList<>();
		for (var record : justification.getClass().getRecordComponents()) {
			if (record.getName().equals(component) || record.getName().equals(component + "s")) {
				try {
					var value = record.getAccessor().invoke(justification);
					if (value instanceof String id) {
						found.add(id);
					} else if (value instanceof Collection<?> ids) {
						ids.forEach(id -> found.add(String.valueOf(id)));
					}
				} catch (ReflectiveOperationException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
		return found;
	}

	/** The penalties by the day they fall on, those about the whole week first: the solver's matches have no order. */
	static List<Penalty> dayByDay(List<Penalty> penalties) {
		return penalties.stream()
				.sorted(Comparator
						.comparingInt(penalty -> penalty.justification() == null ? -1 : penalty.justification().day()))
				.toList();
	}

	static PlanExplanation of(ScoreAnalysis<HardMediumSoftLongScore> analysis) {
		List<String> order = List.copyOf(ConstraintWeights.defaultWeights().keySet());
		List<RuleScore> rules = new ArrayList<>();
		Map<String, HardMediumSoftLongScore> byWorker = new TreeMap<>();
		Map<String, HardMediumSoftLongScore> byMember = new TreeMap<>();
		for (ConstraintAnalysis<HardMediumSoftLongScore> constraint : analysis.constraintAnalyses()) {
			List<Penalty> penalties = new ArrayList<>();
			// Matches are always fetched by SolutionManager.analyze's default policy; guard anyway.
			List<MatchAnalysis<HardMediumSoftLongScore>> matches = Objects.requireNonNullElse(constraint.matches(),
					List.of());
			for (MatchAnalysis<HardMediumSoftLongScore> match : matches) {
				PlanningJustification justification = match.justification() instanceof PlanningJustification known
						? known
						: null;
				penalties.add(new Penalty(match.score(), justification));
				if (justification != null && justification.workerId() != null) {
					byWorker.merge(justification.workerId(), match.score(), HardMediumSoftLongScore::add);
				}
				if (justification != null && justification.memberId() != null) {
					byMember.merge(justification.memberId(), match.score(), HardMediumSoftLongScore::add);
				}
			}
			if (!constraint.score().isZero()) {
				rules.add(new RuleScore(constraint.constraintName(), constraint.weight(), constraint.score(),
						dayByDay(penalties)));
			}
		}
		rules.sort(Comparator.comparingInt(rule -> order.indexOf(rule.rule())));
		return new PlanExplanation(analysis.score(), rules, byWorker, byMember);
	}

}
