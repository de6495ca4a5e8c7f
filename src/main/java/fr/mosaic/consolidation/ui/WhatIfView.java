package fr.mosaic.consolidation.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;

import fr.mosaic.base.ui.DateText;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.consolidation.Amendments;
import fr.mosaic.consolidation.AnalysisProgress;
import fr.mosaic.consolidation.ConsolidationService;
import fr.mosaic.consolidation.ConsolidationService.StoredAnalysis;
import fr.mosaic.consolidation.Departure;
import fr.mosaic.consolidation.HiringScenarios;
import fr.mosaic.consolidation.NoRequestsException;
import fr.mosaic.consolidation.SolvedWeek;
import fr.mosaic.consolidation.SolvedWeeks;
import fr.mosaic.consolidation.UnplannedWeeksException;
import fr.mosaic.consolidation.WhatIfKind;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.WallTime;
import fr.mosaic.planning.Durations;
import fr.mosaic.planning.InvalidWeekException;
import fr.mosaic.planning.PlanningService.JobState;
import fr.mosaic.security.AppRoles;

/**
 * The consolidation what-ifs of a week, or of the last weeks up to it: pick the kind (hiring scenarios, amendments that
 * pay, a member's departure) and the weeks analysed, run one in the background with its progress shown and a cancel,
 * and read it or an earlier one among those stored. A hiring analysis shows its scenarios side by side, one a row; over
 * several weeks, the figures are sums, with a breakdown week by week.
 */
@Route("what-if")
@Menu(title = "consolidation.whatif.title", order = 65, icon = "vaadin:lightbulb")
@RolesAllowed(AppRoles.COORDINATOR)
class WhatIfView extends VerticalLayout implements HasDynamicTitle {

	private static final int POLL_MILLIS = 500;

	private final ConsolidationService consolidation;

	final Tabs kinds = new Tabs();

	private final Map<Tab, WhatIfKind> kindOf;

	final WeekField week = new WeekField(getTranslation("consolidation.whatif.week"));

	final IntegerField weeks = new IntegerField(getTranslation("consolidation.whatif.weeks"));

	final Select<Integer> hires = new Select<>();

	final ComboBox<ProblemDocument.Member> member = new ComboBox<>(getTranslation("consolidation.whatif.member"));

	final IntegerField percent = new IntegerField(getTranslation("consolidation.whatif.percent"));

	final Button run = new Button(getTranslation("consolidation.whatif.run"));

	final Button cancel = new Button(getTranslation("consolidation.whatif.cancel"));

	final ProgressBar progress = new ProgressBar();

	final Span progressText = new Span();

	final Grid<StoredAnalysis> analyses = new Grid<>();

	final Div result = new Div();

	private @Nullable String jobId;

	private @Nullable Registration polling;

	WhatIfView(ConsolidationService consolidation, Clock clock) {
		this.consolidation = consolidation;
		var hiring = new Tab(getTranslation("consolidation.whatif.hiring"));
		hiring.setId("whatif-hiring");
		var amendments = new Tab(getTranslation("consolidation.whatif.amendments"));
		amendments.setId("whatif-amendments");
		var departure = new Tab(getTranslation("consolidation.whatif.departure"));
		departure.setId("whatif-departure");
		kinds.add(hiring, amendments, departure);
		kindOf = Map.of(hiring, WhatIfKind.HIRING, amendments, WhatIfKind.AMENDMENTS, departure, WhatIfKind.DEPARTURE);
		kinds.addSelectedChangeListener(event -> refresh());
		week.setValue(LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
		week.refuseEmpty();
		week.addValueChangeListener(event -> refresh());
		weeks.setMin(1);
		weeks.setMax(SolvedWeeks.MAX_WEEKS);
		weeks.setValue(1);
		weeks.setStepButtonsVisible(true);
		weeks.setHelperText(getTranslation("consolidation.whatif.weeksHelp", SolvedWeeks.MAX_WEEKS));
		hires.setLabel(getTranslation("consolidation.whatif.hires"));
		hires.setItems(1, 2, HiringScenarios.MAX_HIRES);
		hires.setValue(HiringScenarios.MAX_HIRES);
		member.setItemLabelGenerator(ProblemDocument.Member::name);
		percent.setMin(1);
		percent.setMax(100);
		percent.setValue(100);
		run.setId("whatif-run");
		run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		run.addClickListener(event -> start());
		cancel.setId("whatif-cancel");
		cancel.addClickListener(event -> stop());
		progress.setId("whatif-progressbar");
		progressText.setId("whatif-progress");
		analyses.setId("whatif-analyses");
		analyses.addColumn(a -> a.createdAt()
				.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale())))
				.setHeader(getTranslation("consolidation.whatif.createdAt"));
		analyses.addColumn(StoredAnalysis::createdBy).setHeader(getTranslation("consolidation.whatif.createdBy"));
		analyses.addColumn(StoredAnalysis::subject).setHeader(getTranslation("consolidation.whatif.subject"))
				.setFlexGrow(3);
		analyses.addColumn(
				a -> getTranslation("consolidation.whatif.seconds", a.elapsed().toSeconds(), a.solveTime().toSeconds()))
				.setHeader(getTranslation("consolidation.whatif.elapsed"));
		analyses.addColumn(a -> a.weeks().stream().map(this::weekNumber).collect(Collectors.joining(", ")))
				.setHeader(getTranslation("consolidation.whatif.weeksAnalysed"));
		analyses.setAllRowsVisible(true);
		analyses.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		analyses.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));
		result.setId("whatif-result");
		result.setWidthFull();
		var toolbar = new HorizontalLayout(week, weeks, hires, member, percent, run, cancel);
		toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
		add(kinds, toolbar, progressText, progress, analyses, result);
		refresh();
	}

	private WhatIfKind kind() {
		return kindOf.get(kinds.getSelectedTab());
	}

	/** Shows the chosen kind's fields and the analyses stored for the chosen week, the latest opened. */
	void refresh() {
		var kind = kind();
		hires.setVisible(kind == WhatIfKind.HIRING);
		member.setVisible(kind == WhatIfKind.DEPARTURE);
		percent.setVisible(kind == WhatIfKind.DEPARTURE);
		progressText.setText(getTranslation("consolidation.whatif.explain." + kind.name().toLowerCase()));
		if (kind == WhatIfKind.DEPARTURE) {
			// setting the items clears the choice: the member chosen stays chosen while the week has it
			var chosen = member.getValue();
			List<ProblemDocument.Member> members;
			try {
				members = consolidation.members(week.getValue());
			} catch (InvalidWeekException ex) {
				members = List.of();
			}
			member.setItems(members);
			if (chosen != null) {
				members.stream().filter(m -> m.id().equals(chosen.id())).findFirst().ifPresent(member::setValue);
			}
		}
		var stored = consolidation.analyses(kind, week.getValue());
		analyses.setItems(stored);
		// an empty table beside "none" could still show the rows of the tab left
		analyses.setVisible(!stored.isEmpty());
		showRunning(jobId == null ? null : consolidation.progress(jobId).orElse(null));
		if (stored.isEmpty()) {
			show(null);
		} else {
			analyses.select(stored.getFirst());
		}
	}

	private void start() {
		var monday = week.getValue();
		var count = weeks.getValue();
		if (count == null || count < 1 || count > SolvedWeeks.MAX_WEEKS) {
			progressText.setText(getTranslation("consolidation.whatif.chooseWeeks", SolvedWeeks.MAX_WEEKS));
			return;
		}
		try {
			jobId = switch (kind()) {
				case HIRING -> consolidation.startHiring(monday, count, hires.getValue());
				case AMENDMENTS -> consolidation.startAmendments(monday, count);
				case DEPARTURE -> {
					if (member.getValue() == null || percent.getValue() == null || percent.isInvalid()) {
						progressText.setText(getTranslation("consolidation.whatif.chooseMember"));
						yield null;
					}
					yield consolidation.startDeparture(monday, count, member.getValue().id(), percent.getValue());
				}
			};
		} catch (InvalidWeekException ex) {
			progressText.setText(getTranslation("consolidation.whatif.invalidWeek"));
			return;
		} catch (NoRequestsException ex) {
			progressText.setText(getTranslation("consolidation.whatif.noRequests"));
			return;
		} catch (UnplannedWeeksException ex) {
			progressText.setText(unplanned(ex.weeks()));
			return;
		}
		if (jobId != null) {
			follow();
			pollProgress();
		}
	}

	private void stop() {
		if (jobId != null) {
			consolidation.cancel(jobId);
			pollProgress();
		}
	}

	private void follow() {
		getUI().ifPresent(ui -> {
			if (polling == null) {
				polling = ui.addPollListener(event -> pollProgress());
				ui.setPollInterval(POLL_MILLIS);
			}
		});
	}

	private void unfollow() {
		if (polling != null) {
			polling.remove();
			polling = null;
			getUI().ifPresent(ui -> ui.setPollInterval(-1));
		}
	}

	@Override
	protected void onAttach(AttachEvent attachEvent) {
		if (jobId != null) {
			follow();
		}
	}

	@Override
	protected void onDetach(DetachEvent detachEvent) {
		unfollow();
	}

	/** Reads the running analysis' progress; once it ended, shows its result or why there is none. */
	void pollProgress() {
		if (jobId == null) {
			return;
		}
		var job = consolidation.progress(jobId).orElse(null);
		showRunning(job);
		if (job == null || job.state().finished()) {
			unfollow();
			jobId = null;
			if (job != null && job.state() == JobState.SOLVED) {
				refresh();
			}
			if (job != null) {
				progressText.setText(ended(job));
			}
		}
	}

	private String ended(AnalysisProgress job) {
		return switch (job.state()) {
			case SOLVED -> getTranslation("consolidation.whatif.done");
			case CANCELLED -> getTranslation("consolidation.whatif.cancelled");
			default -> getTranslation("consolidation.whatif.failed", String.valueOf(job.error()));
		};
	}

	private void showRunning(@Nullable AnalysisProgress job) {
		boolean running = job != null && !job.state().finished();
		progress.setVisible(running);
		cancel.setEnabled(running);
		run.setEnabled(!running);
		if (!running) {
			return;
		}
		if (job.state() == JobState.QUEUED) {
			progress.setIndeterminate(true);
			progressText.setText(getTranslation("consolidation.whatif.queued"));
			return;
		}
		// over several weeks, which one is under way: « Semaine 2/4 · … »
		var under = job.weeks() > 1
				? getTranslation("consolidation.whatif.weekOf", job.week(), job.weeks()) + " · "
				: "";
		if (job.total() == 0) {
			progress.setIndeterminate(true);
			progressText.setText(under + getTranslation("consolidation.whatif.control"));
		} else {
			progress.setIndeterminate(false);
			progress.setValue((double) job.done() / job.total());
			progressText.setText(under + getTranslation("consolidation.whatif.solving", job.done(), job.total()));
		}
	}

	// « Planifiez d'abord la semaine du 7 déc. : … »
	private String unplanned(List<LocalDate> mondays) {
		var format = DateTimeFormatter.ofPattern(getTranslation("consolidation.whatif.shortDay"), getLocale());
		var days = mondays.stream().map(format::format).toList();
		var listed = days.size() == 1
				? days.getFirst()
				: getTranslation("consolidation.whatif.dayList", String.join(", ", days.subList(0, days.size() - 1)),
						days.getLast());
		return getTranslation("consolidation.whatif.unplanned", mondays.size(), listed);
	}

	private void show(@Nullable StoredAnalysis analysis) {
		result.removeAll();
		if (analysis == null) {
			result.add(new Paragraph(getTranslation("consolidation.whatif.none")));
			return;
		}
		var analysed = analysis.weeks();
		if (analysed.size() > 1) {
			result.add(new Paragraph(getTranslation("consolidation.whatif.weeksSummed",
					analysed.stream().map(this::weekNumber).collect(Collectors.joining(", ")),
					DateText.day(analysed.getFirst(), getLocale()),
					DateText.day(analysed.getLast().plusDays(6), getLocale()))));
		}
		boolean perWeek = analysed.size() > 1;
		switch (analysis.result()) {
			case HiringScenarios.Result hiring -> showHiring(hiring, perWeek);
			case Amendments.Result amendments -> showAmendments(amendments, perWeek);
			case Departure.Result departure -> showDeparture(departure, perWeek);
		}
	}

	/** « S47 », "W47": the ISO week of a Monday. */
	private String weekNumber(LocalDate monday) {
		return getTranslation("consolidation.whatif.weekNumber", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	// « S46 : +3 h, S47 : +5 h »: one figure a week, for a breakdown column or line
	private <T> String byWeek(List<T> weeks, Function<T, LocalDate> monday, Function<T, String> figure) {
		return weeks.stream().map(week -> getTranslation("consolidation.whatif.weekFigure",
				weekNumber(monday.apply(week)), figure.apply(week))).collect(Collectors.joining(", "));
	}

	private String signed(long minutes) {
		return (minutes < 0 ? "−" : "+") + hours(Math.abs(minutes));
	}

	private String hours(long minutes) {
		return Durations.format(minutes, getLocale());
	}

	private void showHiring(HiringScenarios.Result hiring, boolean perWeek) {
		// with scenarios, the reference they are measured against: the weeks solved again without a hire
		var before = hiring.scenarios().isEmpty()
				? (perWeek ? "consolidation.whatif.hiring.beforeWeeks" : "consolidation.whatif.hiring.before")
				: (perWeek ? "consolidation.whatif.hiring.referenceWeeks" : "consolidation.whatif.hiring.reference");
		result.add(new Paragraph(
				getTranslation(before, hours(hiring.coveredMinutes()), hours(hiring.requestedMinutes()))));
		if (hiring.scenarios().isEmpty()) {
			result.add(new Paragraph(getTranslation("consolidation.whatif.hiring.nothingUnmet")));
			return;
		}
		var grid = new Grid<HiringScenarios.Scenario>();
		grid.setId("whatif-scenarios");
		grid.addColumn(s -> getTranslation("consolidation.whatif.hiring.scenario", s.hires().size()))
				.setHeader(getTranslation("consolidation.whatif.hiring.scenarioHeader"));
		// one line a profile: joined, the area of one ran into the number of the next
		grid.addComponentColumn(s -> new Div(s.hires().stream().map(h -> new Div(profile(h))).toArray(Div[]::new)))
				.setHeader(getTranslation("consolidation.whatif.hiring.profiles")).setFlexGrow(3);
		grid.addColumn(s -> getTranslation("consolidation.whatif.hiring.covered", hours(s.coveredMinutes()),
				hours(s.gainedMinutes()))).setHeader(getTranslation("consolidation.whatif.hiring.coveredHeader"));
		grid.addColumn(s -> String.join(", ", s.membersServed()))
				.setHeader(getTranslation("consolidation.whatif.hiring.members")).setFlexGrow(2);
		grid.addColumn(s -> s.hires().stream()
				.map(h -> getTranslation("consolidation.whatif.hiring.filled", hours(h.workedMinutes()),
						hours(h.contractMinutes())))
				.collect(Collectors.joining(" · ")))
				.setHeader(getTranslation("consolidation.whatif.hiring.filledHeader"));
		grid.addColumn(s -> s.losses().isEmpty()
				? getTranslation("consolidation.whatif.hiring.noLoss")
				: s.losses().stream().map(l -> l.worker() + " −" + hours(l.lostMinutes()))
						.collect(Collectors.joining(", ")))
				.setHeader(getTranslation("consolidation.whatif.hiring.lost")).setFlexGrow(2);
		if (perWeek) {
			grid.addColumn(s -> byWeek(s.perWeek(), HiringScenarios.ScenarioWeek::weekStart,
					w -> getTranslation("consolidation.whatif.hiring.week", signed(w.gainedMinutes()),
							hours(w.hiredMinutes()))))
					.setHeader(getTranslation("consolidation.whatif.perWeek")).setFlexGrow(2);
		}
		showGrid(grid, hiring.scenarios());
		int shown = hiring.scenarios().size();
		if (shown < hiring.hiresAsked()) {
			result.add(new Paragraph(getTranslation(hiring.nextHireAddsNothing()
					? "consolidation.whatif.hiring.noMoreGain"
					: "consolidation.whatif.hiring.fewer", shown, shown + 1)));
		}
	}

	private <T> void showGrid(Grid<T> grid, List<T> rows) {
		grid.setItems(rows);
		grid.setAllRowsVisible(true);
		grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
		result.add(grid);
	}

	private String profile(HiringScenarios.Hire hire) {
		var profile = hire.profile();
		return getTranslation("consolidation.whatif.hiring.profileNear", profile.number(),
				String.join(" + ", profile.skillNames()), hours(profile.contractMinutes()), profile.area());
	}

	private void showAmendments(Amendments.Result amendments, boolean perWeek) {
		if (amendments.suggestions().isEmpty()) {
			result.add(new Paragraph(getTranslation("consolidation.whatif.amendments.none", amendments.verified())));
			return;
		}
		result.add(new Paragraph(getTranslation(
				perWeek
						? "consolidation.whatif.amendments.referenceWeeks"
						: "consolidation.whatif.amendments.reference",
				amendments.verified(), hours(amendments.coveredMinutes()))));
		var grid = new Grid<Amendments.Suggestion>();
		grid.setId("whatif-suggestions");
		grid.addColumn(Amendments.Suggestion::worker).setHeader(getTranslation("consolidation.whatif.worker"));
		grid.addColumn(Amendments.Suggestion::member).setHeader(getTranslation("consolidation.whatif.member"));
		grid.addColumn(s -> hours(s.gainedMinutes()))
				.setHeader(getTranslation("consolidation.whatif.amendments.gained"));
		grid.addColumn(s -> s.shifts().stream().map(this::shift).collect(Collectors.joining(", ")))
				.setHeader(getTranslation("consolidation.whatif.amendments.shifts")).setFlexGrow(3);
		if (perWeek) {
			grid.addColumn(
					s -> byWeek(s.perWeek(), Amendments.SuggestionWeek::weekStart, w -> signed(w.gainedMinutes())))
					.setHeader(getTranslation("consolidation.whatif.perWeek"));
		}
		showGrid(grid, amendments.suggestions());
		int notShown = amendments.verified() - amendments.suggestions().size();
		if (notShown > 0) {
			result.add(new Paragraph(getTranslation("consolidation.whatif.amendments.notShown", notShown)));
		}
		result.add(new Paragraph(getTranslation("consolidation.whatif.amendments.gainExplained")));
	}

	private String shift(SolvedWeek.Placed placed) {
		var start = WallTime.parse(placed.start()).local();
		return getTranslation("consolidation.whatif.shift", DateText.weekday(start, getLocale()),
				start.toLocalTime().toString(), hours(placed.minutes()));
	}

	private void showDeparture(Departure.Result departure, boolean perWeek) {
		// before − the member's lost hours + those taken up = after; an analysis stored before they were kept has none
		boolean balanced = departure.coveredBefore() - departure.memberLostMinutes()
				+ departure.takenUpMinutes() == departure.coveredAfter();
		result.add(new Paragraph(balanced
				? getTranslation("consolidation.whatif.departure.balance", departure.member(), departure.percent(),
						hours(departure.coveredBefore()), hours(departure.memberLostMinutes()),
						signed(departure.takenUpMinutes()), hours(departure.coveredAfter()),
						Math.max(1, departure.perWeek().size()))
				: getTranslation("consolidation.whatif.departure.summary", departure.member(), departure.percent(),
						hours(departure.coveredBefore()), hours(departure.coveredAfter()))));
		if (perWeek) {
			result.add(new Paragraph(balanced
					? getTranslation("consolidation.whatif.departure.perWeekBalance", byWeek(departure.perWeek(),
							Departure.DepartureWeek::weekStart,
							w -> getTranslation("consolidation.whatif.departure.weekBalance", hours(w.coveredBefore()),
									hours(w.memberLostMinutes()), signed(w.takenUpMinutes()), hours(w.coveredAfter()))))
					: getTranslation("consolidation.whatif.departure.perWeek",
							byWeek(departure.perWeek(), Departure.DepartureWeek::weekStart,
									w -> getTranslation("consolidation.whatif.departure.week", hours(w.coveredBefore()),
											hours(w.coveredAfter()), hours(w.droppedMinutes()))))));
		}
		var grid = new Grid<Departure.WorkerCost>();
		grid.setId("whatif-costs");
		grid.addColumn(c -> c.change().worker()).setHeader(getTranslation("consolidation.whatif.worker"));
		grid.addColumn(c -> hours(c.memberMinutes()))
				.setHeader(getTranslation("consolidation.whatif.departure.fromMember"));
		grid.addColumn(c -> hours(c.droppedMinutes())).setHeader(getTranslation("consolidation.whatif.departure.lost"));
		grid.addColumn(c -> hours(c.change().beforeMinutes()) + " → " + hours(c.leftMinutes()))
				.setHeader(getTranslation("consolidation.whatif.departure.hours"));
		grid.addColumn(c -> hours(c.change().afterMinutes()))
				.setHeader(getTranslation("consolidation.whatif.departure.replanned"));
		grid.addColumn(c -> c.belowContract()
				? getTranslation("consolidation.whatif.departure.below", hours(c.change().contractMinutes()))
				: "").setHeader(getTranslation("consolidation.whatif.departure.contract"));
		showGrid(grid, departure.workers());
		result.add(new Paragraph(getTranslation("consolidation.whatif.departure.explained")));
		if (!departure.reshuffled().isEmpty()) {
			result.add(new Paragraph(getTranslation("consolidation.whatif.departure.reshuffled",
					departure.reshuffled().stream()
							.map(c -> c.worker() + " " + hours(c.beforeMinutes()) + " → " + hours(c.afterMinutes()))
							.collect(Collectors.joining(", ")))));
		}
		result.add(new Paragraph(departure.takenUp().isEmpty()
				? getTranslation("consolidation.whatif.departure.noTakeUp")
				: getTranslation("consolidation.whatif.departure.takenUpNet", departure.takenUp().stream()
						.map(t -> t.member() + " " + signed(t.minutes())).collect(Collectors.joining(", ")))));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("consolidation.whatif.title");
	}

}
