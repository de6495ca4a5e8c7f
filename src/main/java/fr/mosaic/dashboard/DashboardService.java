package fr.mosaic.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import fr.mosaic.planning.InvalidWeekException;
import fr.mosaic.planning.PlanningService;
import fr.mosaic.security.Access;
import fr.mosaic.weekplan.WeekPlanService;

/** Reads a week's stored plan and the weeks before it as figures, for the coordinator's dashboard; changes nothing. */
@PreAuthorize(Access.COORDINATORS)
@Service
public class DashboardService {

	/** The weeks shown before the chosen one: with it, seven weeks. */
	public static final int PREVIOUS_WEEKS = 6;

	private final PlanningService planning;

	private final WeekPlanService weekPlans;

	DashboardService(PlanningService planning, WeekPlanService weekPlans) {
		this.planning = planning;
		this.weekPlans = weekPlans;
	}

	/**
	 * The week of {@code weekStart} and the {@code previousWeeks} before it, oldest first, each with its figures when
	 * it has a stored plan that can be read: a week without one, or whose stored data breaks a rule of the interchange
	 * format, says so instead.
	 *
	 * @throws IllegalArgumentException when {@code weekStart} is not a Monday or {@code previousWeeks} is negative
	 */
	public List<Week> weeks(LocalDate weekStart, int previousWeeks) {
		return weeks(weekStart, previousWeeks, share -> {
		});
	}

	/**
	 * As {@link #weeks(LocalDate, int)}, telling the share of weeks read, from 0 to 1, as it goes.
	 *
	 * @throws IllegalArgumentException when {@code weekStart} is not a Monday or {@code previousWeeks} is negative
	 */
	public List<Week> weeks(LocalDate weekStart, int previousWeeks, DoubleConsumer progress) {
		if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY || previousWeeks < 0) {
			throw new IllegalArgumentException(weekStart + " and " + previousWeeks + " weeks before it");
		}
		List<Week> weeks = new ArrayList<>();
		for (int i = previousWeeks; i >= 0; i--) {
			weeks.add(week(weekStart.minusWeeks(i)));
			progress.accept((double) weeks.size() / (previousWeeks + 1));
		}
		return weeks;
	}

	private Week week(LocalDate monday) {
		try {
			return planning.storedPlan(monday)
					.map(review -> new Week(monday, weekPlans.isPublished(monday) ? Standing.PUBLISHED : Standing.DRAFT,
							WeekFigures.of(review.problem(), review.plan())))
					.orElseGet(() -> new Week(monday, Standing.NO_PLAN, null));
		} catch (InvalidWeekException ex) {
			return new Week(monday, Standing.INVALID, null);
		}
	}

	/** Where a week's plan stands. */
	public enum Standing {

		/** Nothing stored for the week: not planned yet. */
		NO_PLAN,

		/** The week's stored data breaks a rule of the interchange format: to correct on the week plan screen. */
		INVALID,

		DRAFT, PUBLISHED;

		public boolean hasFigures() {
			return this == DRAFT || this == PUBLISHED;
		}

	}

	/**
	 * One week of the dashboard.
	 *
	 * @param figures null unless the standing {@linkplain Standing#hasFigures has figures}
	 */
	public record Week(LocalDate weekStart, Standing standing, @Nullable WeekFigures figures) {
	}

}
