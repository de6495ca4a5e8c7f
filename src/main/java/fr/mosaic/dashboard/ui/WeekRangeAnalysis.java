package fr.mosaic.dashboard.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleConsumer;
import java.util.function.ToIntFunction;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;

import fr.mosaic.base.ui.WeekField;
import fr.mosaic.dashboard.AnalysisService;

/**
 * A screen that analyses a range of stored weeks in the background: the range (by default the week being planned and
 * the seven before it), a button, the share of weeks read while it runs, then the result. The screen stays usable
 * meanwhile; a second run waits for the first.
 *
 * @param <T> the analysis' result
 */
@StyleSheet("context://assets/dashboard.css")
abstract class WeekRangeAnalysis<T> extends VerticalLayout implements HasDynamicTitle {

	/** The weeks before the week being planned that the range starts with. */
	static final int WEEKS_BEFORE = 7;

	private final String titleKey;

	private final Analysis<T> analysis;

	private final ToIntFunction<T> weeksRead;

	final WeekField from = new WeekField(getTranslation("analysis.from"));

	final WeekField to = new WeekField(getTranslation("analysis.to"));

	final Button run = new Button(getTranslation("analysis.run"));

	final ProgressBar progress = new ProgressBar(0, 1);

	/** What the analysis read, or why it could not run. */
	final Span status = new Span();

	final Div results = new Div();

	/** The analysis under way, until its result is shown: for tests to wait on. */
	@Nullable
	CompletableFuture<Void> running;

	/** Starts the analysis of the weeks from {@code first} to {@code last}, telling the share of weeks read. */
	@FunctionalInterface
	interface Analysis<T> {

		CompletableFuture<T> start(LocalDate first, LocalDate last, DoubleConsumer read);

	}

	/**
	 * @param weeksRead how many weeks of the range a result covers: those with a stored plan
	 */
	WeekRangeAnalysis(String titleKey, Clock clock, Analysis<T> analysis, ToIntFunction<T> weeksRead) {
		this.titleKey = titleKey;
		this.analysis = analysis;
		this.weeksRead = weeksRead;
		// the week being planned, as the week plan screen opens on, and the weeks before it
		to.setValue(LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
		from.setValue(to.getValue().minusWeeks(WEEKS_BEFORE));
		from.refuseEmpty();
		to.refuseEmpty();
		run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		run.addClickListener(event -> run());
		progress.setVisible(false);
		status.addClassName("dashboard-legend");
		results.addClassName("dashboard");
		var toolbar = new HorizontalLayout(from, to, run);
		toolbar.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
		add(toolbar, progress, status, results);
	}

	/** Shows the result in {@link #results}, emptied before. */
	abstract void show(T result);

	void run() {
		LocalDate first = from.getValue();
		LocalDate last = to.getValue();
		long weeks = ChronoUnit.WEEKS.between(first, last) + 1;
		if (weeks < 1 || weeks > AnalysisService.MAX_WEEKS) {
			status.setText(getTranslation("analysis.badRange", AnalysisService.MAX_WEEKS));
			return;
		}
		UI ui = UI.getCurrent();
		run.setEnabled(false);
		progress.setValue(0);
		progress.setVisible(true);
		status.setText(getTranslation("analysis.running"));
		running = Background.whenDone(analysis.start(first, last, Background.progress(ui, progress::setValue)), ui,
				(result, error) -> done(result, error, weeks));
	}

	private void done(@Nullable T result, @Nullable Throwable error, long weeks) {
		run.setEnabled(true);
		progress.setVisible(false);
		results.removeAll();
		if (result == null) {
			status.setText(getTranslation("analysis.failed", Background.message(error)));
			return;
		}
		int read = weeksRead.applyAsInt(result);
		if (read == 0) {
			// empty tables would read as "no gap", and an export of nothing helps no one
			status.setText(getTranslation("analysis.nothingPlanned", weeks));
			return;
		}
		status.setText(getTranslation("analysis.weeksRead", read, weeks));
		show(result);
	}

	/** A titled box of rows, each a label, a bar of the given share of the box's width and a value. */
	Div chart(String key, String title, String help) {
		var chart = new Div();
		chart.addClassName("dashboard-chart");
		chart.getElement().setAttribute("data-chart", key);
		var paragraph = new Paragraph(help);
		paragraph.addClassName("dashboard-help");
		chart.add(new H3(title), paragraph);
		return chart;
	}

	static Div row(String label, double share, String value) {
		var name = new Span(label);
		name.addClassName("dashboard-week");
		var bar = new Div();
		bar.addClassName("dashboard-bar");
		bar.addClassName("published");
		bar.setWidth(String.format(Locale.ROOT, "%.1f%%", Math.max(0, Math.min(1, share)) * 100));
		var track = new Div(bar);
		track.addClassName("dashboard-track");
		var text = new Span(value);
		text.addClassName("dashboard-value");
		var row = new Div(name, track, text);
		row.addClassName("dashboard-row");
		return row;
	}

	@Override
	public String getPageTitle() {
		return getTranslation(titleKey);
	}

}
