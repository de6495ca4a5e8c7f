package fr.mosaic.planning.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

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

import fr.mosaic.base.RefusedException;
import fr.mosaic.base.ui.ServiceCalls;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.interchange.InterchangeJson;
import fr.mosaic.planning.InvalidWeekException;
import fr.mosaic.planning.PlanSummary;
import fr.mosaic.planning.PlanningService;
import fr.mosaic.planning.PlanningService.Cancellation;
import fr.mosaic.planning.PlanningService.JobState;
import fr.mosaic.planning.PlanningService.JobStatus;
import fr.mosaic.planning.PlanningService.WeekReview;
import fr.mosaic.security.AppRoles;
import fr.mosaic.weekplan.WeekPlanService;
import fr.mosaic.weekplan.WeekPlanState;

/** Plan a week: run the solver with live progress, read the plan and why it scores as it does, publish it. */
@Route("")
@Menu(title = "planning.view.title", order = 50, icon = "vaadin:calendar-clock")
@RolesAllowed(AppRoles.COORDINATOR)
class WeekPlanView extends VerticalLayout implements HasDynamicTitle {

	private final PlanningService planning;

	private final WeekPlanService weekPlans;

	final WeekField week = new WeekField(getTranslation("planning.view.week"));

	final Button previousWeek = new Button(VaadinIcon.ANGLE_LEFT.create());

	final Button nextWeek = new Button(VaadinIcon.ANGLE_RIGHT.create());

	final Button solve = new Button();

	final Button stop = new Button();

	final Button publish = new Button();

	final Span status = new Span();

	private final ProgressBar progress = new ProgressBar();

	final PlanPanels panels = new PlanPanels();

	/** Offered only while the week has a stored plan to download. */
	final Anchor download;

	WeekPlanView(PlanningService planning, WeekPlanService weekPlans, Clock clock) {
		this.planning = planning;
		this.weekPlans = weekPlans;
		week.setValue(LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
		week.refuseEmpty();
		week.addValueChangeListener(event -> refresh());
		stepper(previousWeek, "planning.board.previousWeek", -1);
		stepper(nextWeek, "planning.board.nextWeek", 1);
		solve.setText(getTranslation("planning.view.solve"));
		solve.setId("plan-solve");
		publish.setId("plan-publish");
		status.setId("plan-status");
		// an invalid week's errors come one a line
		status.getStyle().set("white-space", "pre-line");
		solve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		solve.addClickListener(event -> startSolving());
		stop.setText(getTranslation("planning.view.stop"));
		stop.addClickListener(event -> planning.stop(PlanningService.weekJobId(monday())));
		publish.setText(getTranslation("planning.view.publish"));
		publish.addClickListener(event -> confirmPublish());
		progress.setIndeterminate(true);
		download = new Anchor(DownloadHandler.fromInputStream(event -> {
			var plan = planning.exportPlan(monday(), getLocale()).orElseThrow();
			var bytes = new InterchangeJson().writePlan(plan).getBytes(StandardCharsets.UTF_8);
			return new DownloadResponse(new ByteArrayInputStream(bytes), "mosaic-plan-" + monday() + ".json",
					"application/json", bytes.length);
		}), getTranslation("planning.view.download"));
		download.setId("plan-download");
		var toolbar = new HorizontalLayout(previousWeek, week, nextWeek, solve, stop, publish, download);
		toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
		add(toolbar, status, progress, panels);
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
		var ui = getUI().orElseThrow();
		try {
			planning.solveWeek(monday(), null, jobStatus -> ui.access(() -> {
				if (jobStatus.state().finished()) {
					ui.setPollInterval(-1);
					refresh();
				} else {
					status.setText(jobStatus.state() == JobState.QUEUED
							? getTranslation("planning.view.queued")
							: getTranslation("planning.view.solving",
									getTranslation(jobStatus.feasible()
											? "planning.view.solvingFeasible"
											: "planning.view.solvingInfeasible")));
				}
			}));
		} catch (InvalidWeekException ex) {
			showInvalid(ex);
			return;
		}
		ui.setPollInterval(1000);
		showSolving(true);
	}

	private void confirmPublish() {
		var dialog = new ConfirmDialog(getTranslation("planning.view.publishTitle", monday()),
				getTranslation("planning.view.publishText"), getTranslation("planning.view.publish"), event -> {
					try {
						weekPlans.publish(monday());
					} catch (RefusedException ex) {
						// only a feasible plan is published: the service keeps that rule and says why
						ServiceCalls.refused(this, ex);
					}
					refresh();
				});
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("base.action.cancel"));
		dialog.open();
	}

	/** Shows the stored plan of the chosen week, or says there is none yet. */
	void refresh() {
		var jobStatus = planning.status(PlanningService.weekJobId(monday()));
		// A queued job holds the week as a running one does, until it ends or is cancelled.
		var running = jobStatus.map(s -> !s.state().finished()).orElse(false);
		showSolving(running);
		var stored = weekPlans.findByWeek(monday());
		var published = stored.map(p -> p.getState() == WeekPlanState.PUBLISHED).orElse(false);
		publish.setEnabled(stored.isPresent() && !published && stored.get().isFeasible());
		solve.setEnabled(!published && !running);
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
			status.setText(jobEnd.orElse(getTranslation("planning.view.noPlan")));
			panels.clear();
			return;
		}
		var plan = review.get().plan();
		// the stored flag dates from the solve: a register changed since may have made the plan break a rule
		publish.setEnabled(publish.isEnabled() && plan.feasible());
		var explanation = review.get().explanation();
		// the score in words; the raw score is in the panels' technical detail
		var summary = PlanSummary.of(explanation).render(getLocale());
		var planStatus = getTranslation(published ? "planning.view.published" : "planning.view.draft",
				plan.feasible() ? summary : summary + " — " + getTranslation("planning.view.infeasible"));
		status.setText(jobEnd.map(end -> planStatus + "\n" + end).orElse(planStatus));
		var problem = review.get().problem();
		panels.show(PlanRows.of(problem, plan, getLocale()), explanation, new PenaltyText(problem, getLocale()));
		panels.board.show(problem, plan);
	}

	/** What the week's last job left unsaid by the stored plan: that it failed, or that its plan was not stored. */
	private Optional<String> endOf(JobStatus job) {
		if (job.state() == JobState.FAILED) {
			return Optional.of(getTranslation("planning.view.failed", job.error()));
		}
		if (job.cancellation() == Cancellation.WEEK_PUBLISHED) {
			return Optional.of(getTranslation("planning.view.publishedWhileSolving"));
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
		panels.clear();
	}

	private void showSolving(boolean solving) {
		progress.setVisible(solving);
		stop.setEnabled(solving);
	}

	@Override
	public String getPageTitle() {
		return getTranslation("planning.view.title");
	}

}
