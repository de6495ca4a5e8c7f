package fr.mosaic.dashboard.ui;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

import fr.mosaic.base.Translations;
import fr.mosaic.dashboard.WeekFigures;
import fr.mosaic.planning.Durations;

/**
 * A figure of the dashboard: what its bar measures and how its value reads. A share's bar spans the chart at 100 %;
 * another figure's bars are scaled to the largest week shown.
 */
enum Figure {

	COVERAGE("coverage", true, WeekFigures::coverage) {
		@Override
		String text(WeekFigures figures, Locale locale) {
			return NumberFormat.getPercentInstance(locale).format(figures.coverage());
		}
	},

	AT_CONTRACT("atContract", true, WeekFigures::shareAtContract) {
		@Override
		String text(WeekFigures figures, Locale locale) {
			return Translations.translate("dashboard.figure.atContract.value", locale, figures.workersAtContract(),
					figures.workers());
		}
	},

	UNBILLED("unbilled", false, WeekFigures::unbilledContractMinutes) {
		@Override
		String text(WeekFigures figures, Locale locale) {
			return Durations.format(figures.unbilledContractMinutes(), locale);
		}
	},

	OVERTIME("overtime", false, WeekFigures::overtimeMinutes) {
		@Override
		String text(WeekFigures figures, Locale locale) {
			return Durations.format(figures.overtimeMinutes(), locale);
		}
	},

	EMPLOYERS("employers", false, WeekFigures::employersPerWorkerDay) {
		@Override
		String text(WeekFigures figures, Locale locale) {
			var format = NumberFormat.getNumberInstance(locale);
			format.setMaximumFractionDigits(2);
			return format.format(figures.employersPerWorkerDay());
		}
	},

	TRAVEL("travel", false, WeekFigures::travelMinutes) {
		@Override
		String text(WeekFigures figures, Locale locale) {
			return Durations.format(figures.travelMinutes(), locale);
		}
	};

	/** The last part of the figure's keys, {@code dashboard.figure.<key>.*}, and its {@code data-figure} attribute. */
	final String key;

	/** Whether the figure is a share, from 0 to 1. */
	final boolean share;

	final ToDoubleFunction<WeekFigures> measure;

	Figure(String key, boolean share, ToDoubleFunction<WeekFigures> measure) {
		this.key = key;
		this.share = share;
		this.measure = measure;
	}

	/** The figure's value in words: a percentage, hours, a count. */
	abstract String text(WeekFigures figures, Locale locale);

	String title(Locale locale) {
		return Translations.translate("dashboard.figure." + key + ".title", locale);
	}

	/** What the figure counts, in one sentence. */
	String help(Locale locale) {
		return Translations.translate("dashboard.figure." + key + ".help", locale);
	}

}
