package fr.mosaic.dashboard.ui;

import java.text.NumberFormat;
import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import fr.mosaic.base.ui.DateText;
import fr.mosaic.dashboard.AnalysisService;
import fr.mosaic.dashboard.Consolidation;
import fr.mosaic.dashboard.Consolidation.GroupWeek;
import fr.mosaic.dashboard.Consolidation.WorkerLine;
import fr.mosaic.planning.Durations;
import fr.mosaic.security.AppRoles;

/**
 * The consolidation of the jobs over a range of weeks: for the group, week by week, the share of contracted hours
 * worked and the workers at full contract, with the change from the week before; then a line per worker: hours against
 * contract, members a week and a day, idle time between shifts and travel.
 */
@Route("consolidation")
@Menu(title = "consolidation.view.title", order = 62, icon = "vaadin:line-bar-chart")
@RolesAllowed(AppRoles.COORDINATOR)
class ConsolidationView extends WeekRangeAnalysis<Consolidation> {

	final Grid<WorkerLine> workers = new Grid<>();

	ConsolidationView(AnalysisService analyses, Clock clock) {
		super("consolidation.view.title", clock, analyses::consolidation, result -> result.weeks().size());
		workers.addColumn(WorkerLine::name).setHeader(getTranslation("consolidation.column.worker")).setSortable(true)
				.setFlexGrow(2);
		workers.addColumn(WorkerLine::weeks).setHeader(getTranslation("consolidation.column.weeks"));
		workers.addColumn(new ComponentRenderer<>(line -> row("", line.shareOfContract(), hours(line))))
				.setHeader(getTranslation("consolidation.column.hours")).setComparator(WorkerLine::shareOfContract)
				// the bar shares the cell with "18 h 30 sur 20 h": narrower, the figure was cut off at 1600 px
				.setWidth("20rem").setFlexGrow(3);
		workers.addColumn(WorkerLine::weeksAtContract).setHeader(getTranslation("consolidation.column.atContract"))
				.setSortable(true);
		workers.addColumn(line -> decimal(line.membersPerWeek()))
				.setHeader(getTranslation("consolidation.column.membersPerWeek"))
				.setComparator(WorkerLine::membersPerWeek);
		workers.addColumn(line -> decimal(line.membersPerDay()))
				.setHeader(getTranslation("consolidation.column.membersPerDay"))
				.setComparator(WorkerLine::membersPerDay);
		workers.addColumn(line -> Durations.format(line.idleMinutes(), getLocale()))
				.setHeader(getTranslation("consolidation.column.idle")).setComparator(WorkerLine::idleMinutes);
		workers.addColumn(line -> Durations.format(line.travelMinutes(), getLocale()))
				.setHeader(getTranslation("consolidation.column.travel")).setComparator(WorkerLine::travelMinutes);
		workers.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
		workers.setAllRowsVisible(false);
		workers.setHeight("32rem");
	}

	@Override
	void show(Consolidation result) {
		var shareWorked = chart("shareWorked", getTranslation("consolidation.shareWorked.title"),
				getTranslation("consolidation.shareWorked.help"));
		var atContract = chart("atContract", getTranslation("consolidation.atContract.title"),
				getTranslation("consolidation.atContract.help"));
		GroupWeek before = null;
		for (GroupWeek week : result.weeks()) {
			var monday = DateText.day(week.weekStart(), getLocale());
			var percent = NumberFormat.getPercentInstance(getLocale()).format(week.shareWorked());
			shareWorked.add(row(monday, week.shareWorked(),
					before == null
							? percent
							: getTranslation("consolidation.shareWorked.change", percent,
									Math.round(100 * week.shareWorked()) - Math.round(100 * before.shareWorked()))));
			double share = week.workers() == 0 ? 1 : (double) week.workersAtContract() / week.workers();
			var count = getTranslation("consolidation.atContract.value", week.workersAtContract(), week.workers());
			atContract.add(row(monday, share,
					before == null
							? count
							: getTranslation("consolidation.atContract.change", count,
									week.workersAtContract() - before.workersAtContract())));
			before = week;
		}
		var charts = new Div(shareWorked, atContract);
		charts.addClassName("dashboard-charts");
		workers.setItems(result.workers());
		results.add(charts, workers);
	}

	private String hours(WorkerLine line) {
		return getTranslation("consolidation.hours.value", Durations.format(line.billedMinutes(), getLocale()),
				Durations.format(line.contractMinutes(), getLocale()));
	}

	private String decimal(double value) {
		var format = NumberFormat.getNumberInstance(getLocale());
		format.setMaximumFractionDigits(2);
		return format.format(value);
	}

}
