package fr.mosaic.dashboard.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import fr.mosaic.base.ui.DateText;
import fr.mosaic.dashboard.DashboardService.Standing;
import fr.mosaic.dashboard.DashboardService.Week;
import fr.mosaic.dashboard.WeekFigures;

/**
 * One figure over the weeks, a row each: the week's Monday, a bar (paler for a draft) and the value in words; a week
 * without figures says why instead. Plain elements styled by {@code dashboard.css}; the figure and each row's week are
 * in {@code data-figure} and {@code data-week} attributes.
 */
class FigureChart extends Div {

	FigureChart(Figure figure, List<Week> weeks) {
		addClassName("dashboard-chart");
		getElement().setAttribute("data-figure", figure.key);
		var help = new Paragraph(figure.help(getLocale()));
		help.addClassName("dashboard-help");
		add(new H3(figure.title(getLocale())), help);
		// a share's bars span the chart at 100 %; the others are scaled to the largest week
		var scale = figure.share
				? 1
				: weeks.stream().map(Week::figures).filter(Objects::nonNull).mapToDouble(figure.measure).max()
						.orElse(0);
		weeks.forEach(week -> add(row(figure, week, scale)));
	}

	private Div row(Figure figure, Week week, double scale) {
		var label = new Span(DateText.day(week.weekStart(), getLocale()));
		label.addClassName("dashboard-week");
		var track = new Div();
		track.addClassName("dashboard-track");
		var value = new Span();
		value.addClassName("dashboard-value");
		var row = new Div(label, track, value);
		row.addClassName("dashboard-row");
		row.getElement().setAttribute("data-week", week.weekStart().toString());
		WeekFigures figures = week.figures();
		if (figures == null) {
			row.addClassName("empty");
			track.add(new Span(getTranslation(standingKey(week.standing()))));
			return row;
		}
		var bar = new Div();
		bar.addClassName("dashboard-bar");
		bar.addClassName(week.standing() == Standing.PUBLISHED ? "published" : "draft");
		var share = scale > 0 ? Math.min(1, figure.measure.applyAsDouble(figures) / scale) : 0;
		bar.setWidth(String.format(Locale.ROOT, "%.1f%%", share * 100));
		track.add(bar);
		value.setText(figure.text(figures, getLocale()));
		return row;
	}

	/** The i18n key that says where a week's plan stands. */
	static String standingKey(Standing standing) {
		return switch (standing) {
			case NO_PLAN -> "dashboard.standing.noPlan";
			case INVALID -> "dashboard.standing.invalid";
			case DRAFT -> "dashboard.standing.draft";
			case PUBLISHED -> "dashboard.standing.published";
		};
	}

}
