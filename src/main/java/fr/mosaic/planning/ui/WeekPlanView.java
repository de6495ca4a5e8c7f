package fr.mosaic.planning.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;

import fr.mosaic.base.RefusedException;
import fr.mosaic.base.ui.DateText;
import fr.mosaic.base.ui.ServiceCalls;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.interchange.InterchangeJson;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ShiftKey;
import fr.mosaic.planning.Durations;
import fr.mosaic.planning.InvalidWeekException;
import fr.mosaic.planning.PlanSummary;
import fr.mosaic.planning.PlanningService;
import fr.mosaic.planning.PlanningService.Cancellation;
import fr.mosaic.planning.PlanningService.JobState;
import fr.mosaic.planning.PlanningService.JobStatus;
import fr.mosaic.planning.PlanningService.WeekReview;
import fr.mosaic.planning.ShiftEditing;
import fr.mosaic.planning.ui.board.BoardModel;
import fr.mosaic.request.RequestService;
import fr.mosaic.security.AppRoles;
import fr.mosaic.weekplan.WeekPlan;
import fr.mosaic.weekplan.WeekPlanService;
import fr.mosaic.weekplan.WeekPlanState;
import fr.mosaic.worker.UnavailabilityDeclarations;

/**
 * Plan a week: run the solver with live progress, read the plan and why it scores as it does, publish it. A week being
 * solved shows so on every coordinator's screen, each following the same job through server push.
 */
@Route("")
@Menu(title = "planning.view.title", order = 50, icon = "vaadin:calendar-clock")
@RolesAllowed(AppRoles.COORDINATOR)
class WeekPlanView extends VerticalLayout implements HasDynamicTitle {

	private static final Duration SUMMARY_EVERY = Duration.ofSeconds(2);

	private final PlanningService planning;

	private final WeekPlanService weekPlans;

	private final UnavailabilityDeclarations declarations;

	final WeekField week = new WeekField(getTranslation("planning.view.week"));

	final Button previousWeek = new Button(VaadinIcon.ANGLE_LEFT.create());

	final Button nextWeek = new Button(VaadinIcon.ANGLE_RIGHT.create());

	final Button solve = new Button();

	final Button stop = new Button();

	final Button publish = new Button();

	/** Turns the published week back into a draft to correct, keeping what was published as its baseline. */
	final Button reopen = new Button();

	final Button discard = new Button();

	final Span status = new Span();

	/** While the week is solved: for how long, the coverage and the summary of the best plan so far, or the queue. */
	final Span solving = new Span();

	private final ProgressBar progress = new ProgressBar();

	private final Clock clock;

	/** The job this screen listens to, whoever started it; null when the chosen week is not being solved. */
	private @Nullable String followed;

	private @Nullable Runnable unsubscribe;

	private @Nullable Registration polling;

	// the best plan's summary and board, worked out again only when the score changed and SUMMARY_EVERY of solving
	// went by
	private @Nullable String summary;

	private @Nullable String summaryScore;

	private @Nullable Duration summaryAt;

	// the followed week's problem, read once per job: the best plans are drawn against it
	private @Nullable ProblemDocument followedProblem;

	final PlanPanels panels = new PlanPanels();

	/** A reopened week's changes against what was published. */
	final ChangesPanel changes = new ChangesPanel();

	/** What members asked to change in the published week. */
	final MemberChangeRequests memberChanges;

	/** Offered only while the week has a stored plan to download. */
	final Anchor download;

	WeekPlanView(PlanningService planning, WeekPlanService weekPlans, ShiftEditing editing, RequestService requests,
			UnavailabilityDeclarations declarations, Clock clock) {
		this.planning = planning;
		memberChanges = new MemberChangeRequests(requests);
		this.weekPlans = weekPlans;
		this.declarations = declarations;
		this.clock = clock;
		week.setValue(LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
		week.refuseEmpty();
		week.addValueChangeListener(event -> refresh());
		stepper(previousWeek, "planning.board.previousWeek", -1);
		stepper(nextWeek, "planning.board.nextWeek", 1);
		solve.setText(getTranslation("planning.view.solve"));
		solve.setId("plan-solve");
		publish.setId("plan-publish");
		status.setId("plan-status");
		solving.setId("plan-solving");
		// an invalid week's errors come one a line
		status.getStyle().set("white-space", "pre-line");
		solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		solve.addClickListener(event -> startSolving());
		stop.setText(getTranslation("planning.view.stop"));
		stop.addClickListener(event -> {
			planning.stop(PlanningService.weekJobId(monday()));
			refresh();
		});
		publish.setText(getTranslation("planning.view.publish"));
		publish.addClickListener(event -> confirmPublish());
		reopen.setText(getTranslation("planning.view.reopen"));
		reopen.setId("plan-reopen");
		reopen.addClickListener(event -> {
			weekPlans.reopen(monday());
			refresh();
		});
		discard.setText(getTranslation("planning.view.discard"));
		discard.setId("plan-discard");
		discard.addThemeVariants(ButtonVariant.LUMO_ERROR);
		discard.addClickListener(event -> confirmDiscard());
		progress.setIndeterminate(true);
		download = new Anchor(DownloadHandler.fromInputStream(event -> {
			var plan = planning.exportPlan(monday(), getLocale()).orElseThrow();
			var bytes = new InterchangeJson().writePlan(plan).getBytes(StandardCharsets.UTF_8);
			return new DownloadResponse(new ByteArrayInputStream(bytes), "mosaic-plan-" + monday() + ".json",
					"application/json", bytes.length);
		}), getTranslation("planning.view.download"));
		download.setId("plan-download");
		panels.details.setEditor(new ShiftEditor(editing, this::monday, shift -> {
			refresh();
			panels.details.showShift(shift);
		}));
		var toolbar = new HorizontalLayout(previousWeek, week, nextWeek, solve, stop, publish, reopen, discard,
				download);
		toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
		add(toolbar, status, solving, progress, memberChanges, changes, panels);
		setSizeFull();
		refresh();
	}

	/** A button that moves the week picked by whole weeks. */
	private void stepper(Button button, String label, int weeks) {
		button.setAriaLabel(getTranslation(label));
		button.setTooltipText(getTranslation(label));
		button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
		button.addClickListener(event -> week.setValue(monday().plusWeeks(weeks)));
	}

	private LocalDate monday() {
		return week.getValue();
	}

	private void startSolving() {
		try {
			// the screen follows the job as any other screen of the week does
			planning.solveWeek(monday(), null, jobStatus -> {
			});
		} catch (InvalidWeekException ex) {
			showInvalid(ex);
			return;
		} catch (IllegalStateException ex) {
			// another coordinator started the week meanwhile: follow their job
		}
		refresh();
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		follow(planning.status(PlanningService.weekJobId(monday())));
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		unfollow();
	}

	/**
	 * Listens to the week's job while it runs: pushed at each better plan and change of state, polled each second for
	 * the time it has run (and in case the job ended between reading its status and listening to it).
	 */
	private void follow(Optional<JobStatus> jobStatus) {
		var running = jobStatus.filter(job -> !job.state().finished());
		var ui = getUI();
		if (running.isEmpty() || ui.isEmpty()) {
			unfollow();
			return;
		}
		var jobId = running.get().jobId();
		if (!jobId.equals(followed)) {
			unfollow();
			followed = jobId;
			var pushTo = ui.get();
			unsubscribe = planning.subscribe(jobId, job -> pushTo.access(() -> heard(job))).orElse(null);
			polling = pushTo.addPollListener(event -> planning.status(jobId).ifPresent(this::heard));
			pushTo.setPollInterval(1000);
		}
		showProgress(running.get());
	}

	private void unfollow() {
		if (unsubscribe != null) {
			unsubscribe.run();
		}
		if (polling != null) {
			polling.remove();
			getUI().ifPresent(ui -> ui.setPollInterval(-1));
		}
		followed = null;
		unsubscribe = null;
		polling = null;
		summary = null;
		summaryScore = null;
		summaryAt = null;
		followedProblem = null;
		solving.setText("");
	}

	private void heard(JobStatus job) {
		if (!job.jobId().equals(followed)) {
			return; // a late word from a week no longer shown
		}
		if (job.state().finished()) {
			refresh();
		} else {
			showProgress(job);
		}
	}

	/** « Calcul en cours depuis 12 s — 18 h couvertes sur 20 h demandées — Toutes les règles légales respectées… » */
	private void showProgress(JobStatus job) {
		if (job.state() == JobState.QUEUED) {
			solving.setText(getTranslation("planning.view.queued", job.queuePosition()));
			return;
		}
		var locale = getLocale();
		var elapsed = job.elapsed() == null ? Duration.ZERO : job.elapsed();
		solving.setText(getTranslation("planning.view.solving",
				getTranslation("planning.view.elapsed", elapsed.toMinutes(), elapsed.toSecondsPart()),
				Durations.format(job.coveredMinutes(), locale), Durations.format(job.requestedMinutes(), locale),
				summaryOf(job).orElseGet(() -> getTranslation(
						job.feasible() ? "planning.view.solvingFeasible" : "planning.view.solvingInfeasible"))));
	}

	// Reading a large week's score takes a while on the solver's thread: not at every one of its many better plans. The
	// solver's own elapsed time paces it, which runs as the solver runs whatever the application's clock says.
	private Optional<String> summaryOf(JobStatus job) {
		var elapsed = job.elapsed() == null ? Duration.ZERO : job.elapsed();
		if (!Objects.equals(job.score(), summaryScore)
				&& (summaryAt == null || elapsed.compareTo(summaryAt.plus(SUMMARY_EVERY)) >= 0)) {
			summary = planning.summary(job.jobId()).map(s -> s.render(getLocale())).orElse(null);
			summaryScore = job.score();
			summaryAt = elapsed;
			drawBest(job.jobId());
		}
		return Optional.ofNullable(summary);
	}

	/** The board redrawn with the best plan so far, while the week is solved. */
	private void drawBest(String jobId) {
		try {
			if (followedProblem == null) {
				followedProblem = planning.week(monday());
			}
		} catch (InvalidWeekException ex) {
			return; // the job was queued before the week broke a rule: its end will say so
		}
		var problem = followedProblem;
		planning.plan(jobId, getLocale()).ifPresent(best -> panels.showSolving(BoardModel.of(problem, best)));
	}

	private void confirmPublish() {
		// what stays uncovered, read from the plan as it stands now
		var warning = planning.review(monday(), getLocale()).map(review -> PublishWarning.of(review, getLocale()))
				.orElse("");
		// a week already under way: what is past can no longer be changed, and is taken as done
		var begun = LocalDate.now(clock).isBefore(monday())
				? ""
				: "\n\n" + getTranslation("planning.view.publishBegun");
		var body = new Span(getTranslation("planning.view.publishText") + begun + "\n\n" + warning);
		body.setId("plan-publish-warning");
		body.getStyle().set("white-space", "pre-line");
		var dialog = new ConfirmDialog(
				getTranslation("planning.view.publishTitle", DateText.day(monday(), getLocale())), "",
				getTranslation("planning.view.publish"), event -> {
					try {
						weekPlans.publish(monday());
					} catch (RefusedException ex) {
						// only a feasible plan is published: the service keeps that rule and says why
						ServiceCalls.refused(this, ex);
					}
					refresh();
				});
		dialog.setText(body);
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("base.action.cancel"));
		dialog.open();
	}

	/** A draft never published is deleted; a reopened week's corrections are dropped and its published plan is back. */
	private void confirmDiscard() {
		var reopened = weekPlans.findByWeek(monday()).filter(WeekPlan::isReopened);
		var day = DateText.day(monday(), getLocale());
		var dialog = new ConfirmDialog(getTranslation(
				reopened.isPresent() ? "planning.view.discardCorrectionsTitle" : "planning.view.discardTitle", day),
				reopened.map(plan -> getTranslation("planning.view.discardReopenedText", plan.getPublishedBy(),
						DateText.day(Objects.requireNonNull(plan.getPublishedAt()), getLocale())))
						.orElseGet(() -> getTranslation("planning.view.discardText")),
				getTranslation(reopened.isPresent() ? "planning.view.discardCorrections" : "planning.view.discard"),
				event -> {
					weekPlans.discardDraft(monday());
					refresh();
				});
		dialog.setConfirmButtonTheme("error primary");
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("base.action.cancel"));
		dialog.open();
	}

	/** Shows the stored plan of the chosen week, or says there is none yet. */
	void refresh() {
		memberChanges.show(monday());
		var jobStatus = planning.status(PlanningService.weekJobId(monday()));
		// A queued job holds the week as a running one does, until it ends or is cancelled.
		var running = jobStatus.map(s -> !s.state().finished()).orElse(false);
		follow(jobStatus);
		showSolving(running);
		var stored = weekPlans.findByWeek(monday());
		var published = stored.map(p -> p.getState() == WeekPlanState.PUBLISHED).orElse(false);
		publish.setEnabled(stored.isPresent() && !published && stored.get().isFeasible());
		solve.setEnabled(!published && !running);
		reopen.setVisible(published);
		discard.setEnabled(stored.isPresent() && !published && !running);
		panels.details.setEditable(stored.isPresent() && !published && !running);
		var jobEnd = jobStatus.flatMap(this::endOf);
		Optional<WeekReview> review;
		try {
			review = planning.review(monday(), getLocale());
		} catch (InvalidWeekException ex) {
			showInvalid(ex);
			return;
		}
		download.setVisible(review.isPresent());
		if (review.isEmpty()) {
			status.setText(jobEnd.orElse(getTranslation(running ? "planning.view.firstPlan" : "planning.view.noPlan")));
			changes.setVisible(false);
			panels.clear();
			return;
		}
		var plan = review.get().plan();
		// the stored flag dates from the solve: a register changed since may have made the plan break a rule
		publish.setEnabled(publish.isEnabled() && plan.feasible());
		var explanation = review.get().explanation();
		// the score in words; the raw score is in the panels' technical detail
		var broken = explanation.hardRulesBy("shiftId");
		// a published week stands as published, not rescored: when the register changed under it, the board marks
		// what no longer fits
		var stale = published && !broken.isEmpty();
		var summary = stale
				? getTranslation("planning.view.publishedAsFeasible")
				: PlanSummary.of(explanation).render(getLocale());
		var planStatus = getTranslation(published ? "planning.view.published" : "planning.view.draft",
				plan.feasible() || stale ? summary : summary + " — " + getTranslation("planning.view.infeasible"))
				+ stored.map(this::publication).orElse("")
				+ (stale ? "\n" + getTranslation("planning.view.noLongerFits", broken.size()) : "");
		status.setText(jobEnd.map(end -> planStatus + "\n" + end).orElse(planStatus));
		var problem = review.get().problem();
		changes.show(review.get(), stored.map(WeekPlan::isReopened).orElse(false));
		var marks = new BoardModel.Marks(broken,
				review.get().overridden().stream().map(ShiftKey::toString).collect(Collectors.toSet()),
				declaredPeriods());
		panels.show(PlanRows.of(problem, plan, getLocale()), BoardModel.of(problem, plan, marks), explanation,
				new PenaltyText(problem, getLocale()));
	}

	/** What workers declared they cannot work in the week, by worker id: the board hatches those days. */
	private Map<String, List<BoardModel.Window>> declaredPeriods() {
		var from = monday().atStartOfDay();
		return declarations.declaredBetween(from, from.plusDays(7)).entrySet().stream()
				.collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().stream()
						.map(period -> new BoardModel.Window(period.start(), period.end())).toList()));
	}

	/** Who published the week and when, on a line of its own; nothing for a week never published. */
	private String publication(WeekPlan plan) {
		var at = plan.getPublishedAt();
		if (at == null) {
			return "";
		}
		return "\n" + getTranslation(plan.isReopened() ? "planning.view.reopened" : "planning.view.publishedBy",
				plan.getPublishedBy(), DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
						.withLocale(getLocale()).format(at));
	}

	/** What the week's last job left unsaid by the stored plan: that it failed, or that its plan was not stored. */
	private Optional<String> endOf(JobStatus job) {
		if (job.state() == JobState.FAILED) {
			return Optional.of(getTranslation("planning.view.failed", job.error()));
		}
		if (job.cancellation() == Cancellation.WEEK_PUBLISHED) {
			return Optional.of(getTranslation("planning.view.publishedWhileSolving"));
		}
		if (job.previousKept()) {
			return Optional.of(getTranslation("planning.view.previousKept"));
		}
		return Optional.empty();
	}

	/**
	 * Why the week cannot be planned, one error a line with the request it is about: « Demande « R12 »
	 * ($.requests[3].windows[0].start) : 2026-03-29T02:30 n'existe pas dans le fuseau Europe/Paris… ».
	 */
	private void showInvalid(InvalidWeekException ex) {
		var locale = getLocale();
		var errors = ex.errors().stream().map(error -> ex.requestOf(error).map(
				request -> getTranslation("planning.view.invalidRequest", request, error.path(), error.message(locale)))
				.orElseGet(() -> getTranslation("planning.view.invalidEntry", error.path(), error.message(locale))))
				.collect(Collectors.joining("\n"));
		status.setText(getTranslation("planning.view.invalidWeek", ex.errors().size()) + "\n" + errors);
		publish.setEnabled(false);
		download.setVisible(false);
		changes.setVisible(false);
		panels.clear();
	}

	private void showSolving(boolean running) {
		progress.setVisible(running);
		solving.setVisible(running);
		stop.setEnabled(running);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("planning.view.title");
	}

}
