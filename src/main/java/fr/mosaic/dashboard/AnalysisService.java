package fr.mosaic.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import fr.mosaic.planning.InvalidWeekException;
import fr.mosaic.planning.PlanningService;
import fr.mosaic.security.Access;

/**
 * The analyses over a range of stored weeks, the skills gap and the consolidation, for the coordinator only. Each runs
 * in the background, one at a time (reading a large group's week rebuilds and scores its plan: seconds on the
 * benchmark's L group), and reports its progress as the share of weeks read.
 */
@PreAuthorize(Access.COORDINATORS)
@Service
public class AnalysisService {

	/** The longest range of weeks an analysis reads: half a year. */
	public static final int MAX_WEEKS = 26;

	private final PlanningService planning;

	private final DashboardService dashboard;

	private final ExecutorService executor = Executors
			.newSingleThreadExecutor(Thread.ofPlatform().name("mosaic-analysis").daemon().factory());

	AnalysisService(PlanningService planning, DashboardService dashboard) {
		this.planning = planning;
		this.dashboard = dashboard;
	}

	/**
	 * The dashboard's week and the {@link DashboardService#PREVIOUS_WEEKS} before it, as
	 * {@link DashboardService#weeks(LocalDate, int, DoubleConsumer)} reads them, in the background.
	 *
	 * @throws IllegalArgumentException at once when {@code weekStart} is not a Monday
	 */
	public CompletableFuture<List<DashboardService.Week>> dashboardWeeks(LocalDate weekStart, DoubleConsumer progress) {
		if (weekStart.getDayOfWeek() != DayOfWeek.MONDAY) {
			throw new IllegalArgumentException(weekStart + " is not a Monday");
		}
		return inBackground(() -> dashboard.weeks(weekStart, DashboardService.PREVIOUS_WEEKS, progress));
	}

	/**
	 * The skills gap over the weeks from {@code from} to {@code to}, both included; weeks without a stored plan, or
	 * whose stored data breaks a rule of the interchange format, are left out.
	 *
	 * @param progress told the share of weeks read, from 0 to 1, on the analysis' thread
	 * @throws IllegalArgumentException at once when a day is not a Monday, {@code to} is before {@code from} or the
	 *         range spans over {@link #MAX_WEEKS} weeks
	 */
	public CompletableFuture<SkillsGap> skillsGap(LocalDate from, LocalDate to, DoubleConsumer progress) {
		return analyse(from, to, progress, SkillsGap::of);
	}

	/**
	 * The consolidation of the workers' jobs over the weeks from {@code from} to {@code to}, as
	 * {@link #skillsGap(LocalDate, LocalDate, DoubleConsumer)} reads them.
	 *
	 * @throws IllegalArgumentException as {@link #skillsGap(LocalDate, LocalDate, DoubleConsumer)}
	 */
	public CompletableFuture<Consolidation> consolidation(LocalDate from, LocalDate to, DoubleConsumer progress) {
		return analyse(from, to, progress, Consolidation::of);
	}

	private <T> CompletableFuture<T> analyse(LocalDate from, LocalDate to, DoubleConsumer progress,
			Function<List<PlannedWeek>, T> analysis) {
		long weeks = ChronoUnit.WEEKS.between(from, to) + 1;
		if (from.getDayOfWeek() != DayOfWeek.MONDAY || to.getDayOfWeek() != DayOfWeek.MONDAY || weeks < 1
				|| weeks > MAX_WEEKS) {
			throw new IllegalArgumentException(
					"weeks from " + from + " to " + to + ": Mondays, at most " + MAX_WEEKS + " weeks");
		}
		return inBackground(() -> analysis.apply(read(from, (int) weeks, progress)));
	}

	private <T> CompletableFuture<T> inBackground(Supplier<T> work) {
		// the caller's login goes with the work: the stored weeks are read as the coordinator reads them
		Executor secured = new DelegatingSecurityContextExecutor(executor, SecurityContextHolder.getContext());
		return CompletableFuture.supplyAsync(work, secured);
	}

	private List<PlannedWeek> read(LocalDate from, int weeks, DoubleConsumer progress) {
		List<PlannedWeek> read = new ArrayList<>();
		progress.accept(0);
		for (int i = 0; i < weeks; i++) {
			LocalDate monday = from.plusWeeks(i);
			try {
				planning.storedPlan(monday)
						.ifPresent(stored -> read.add(new PlannedWeek(monday, stored.problem(), stored.plan())));
			} catch (InvalidWeekException ex) {
				// to correct on the week plan screen, which says what is wrong; the other weeks still count
			}
			progress.accept((i + 1.0) / weeks);
		}
		return read;
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}

}
