package fr.mosaic.dashboard.ui;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import fr.mosaic.base.ui.WeekField;
import fr.mosaic.dashboard.AnalysisService;
import fr.mosaic.dashboard.DashboardService.Week;
import fr.mosaic.dashboard.WeekFigures;
import fr.mosaic.security.AppRoles;

/**
 * The consolidation dashboard: the chosen week's figures as cards, then each figure over that week and the six before
 * it as bars, read from the weeks' stored plans in the background, with the share of weeks read shown meanwhile.
 */
@Route("dashboard")
@Menu(title = "dashboard.view.title", order = 60, icon = "vaadin:chart")
@RolesAllowed(AppRoles.COORDINATOR)
@StyleSheet("context://assets/dashboard.css")
class DashboardView extends VerticalLayout implements HasDynamicTitle {

	private final AnalysisService analyses;

	final WeekField week = new WeekField(getTranslation("dashboard.view.week"));

	/** Where the chosen week's plan stands. */
	final Span status = new Span();

	final Div cards = new Div();

	final Div charts = new Div();

	/** The share of weeks read, while they are read. */
	final ProgressBar progress = new ProgressBar(0, 1);

	/** The latest reading under way, until its weeks are shown: for tests to wait on. */
	@Nullable
	CompletableFuture<Void> running;

	DashboardView(AnalysisService analyses, Clock clock) {
		this.analyses = analyses;
		// the week being planned, as the week plan screen opens on
		week.setValue(LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
		week.refuseEmpty();
		week.addValueChangeListener(event -> refresh());
		status.setId("dashboard-status");
		cards.addClassName("dashboard-cards");
		charts.addClassName("dashboard-charts");
		var legend = new Paragraph(getTranslation("dashboard.view.legend"));
		legend.addClassName("dashboard-legend");
		progress.setVisible(false);
		var body = new Div(status, cards, legend, charts);
		body.addClassName("dashboard");
		add(week, progress, body);
		refresh();
	}

	/**
	 * Reads the chosen week and the weeks before it again, in the background: a large group's week takes a while to
	 * read. Weeks chosen one after the other are read in turn, the last shown last.
	 */
	void refresh() {
		UI ui = UI.getCurrent();
		progress.setValue(0);
		progress.setVisible(true);
		running = Background.whenDone(
				analyses.dashboardWeeks(week.getValue(), Background.progress(ui, progress::setValue)), ui,
				(weeks, error) -> {
					progress.setVisible(false);
					if (weeks == null) {
						status.setText(getTranslation("analysis.failed", Background.message(error)));
						return;
					}
					show(weeks);
				});
	}

	private void show(List<Week> weeks) {
		var chosen = weeks.getLast();
		status.setText(getTranslation(FigureChart.standingKey(chosen.standing())));
		cards.removeAll();
		var figures = chosen.figures();
		cards.setVisible(figures != null);
		charts.removeAll();
		for (var figure : Figure.values()) {
			if (figures != null) {
				cards.add(card(figure, figures));
			}
			charts.add(new FigureChart(figure, weeks));
		}
	}

	private Div card(Figure figure, WeekFigures figures) {
		var title = new Span(figure.title(getLocale()));
		title.addClassName("dashboard-card-title");
		var value = new Span(figure.text(figures, getLocale()));
		value.addClassName("dashboard-card-value");
		var card = new Div(title, value);
		card.addClassName("dashboard-card");
		card.getElement().setAttribute("data-figure", figure.key);
		return card;
	}

	@Override
	public String getPageTitle() {
		return getTranslation("dashboard.view.title");
	}

}
