package fr.mosaic.request.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;

import fr.mosaic.base.ui.DayTime;
import fr.mosaic.member.Member;
import fr.mosaic.member.Site;
import fr.mosaic.request.Request;
import fr.mosaic.request.RequestTerms;
import fr.mosaic.worker.Skill;

/** The grid columns one-off and recurring requests share: who, where, what, how long, how many, when, priority. */
final class RequestColumns {

	private RequestColumns() {
	}

	static <T extends RequestTerms> void addTo(Grid<T> grid, Component view, Function<T, List<DayTime>> windows) {
		grid.addColumn(r -> name(r.getMember())).setHeader(view.getTranslation("request.form.member")).setFlexGrow(2);
		addTermsTo(grid, view, windows);
	}

	/** The columns but the member's: for a member's own requests. */
	static <T extends RequestTerms> void addTermsTo(Grid<T> grid, Component view, Function<T, List<DayTime>> windows) {
		grid.addColumn(r -> name(r.getSite())).setHeader(view.getTranslation("request.form.site")).setFlexGrow(2);
		grid.addColumn(r -> name(r.getSkill())).setHeader(view.getTranslation("request.form.skill"));
		grid.addColumn(
				r -> view.getTranslation("worker.form.hours", r.getDurationMinutes() / 60, r.getDurationMinutes() % 60))
				.setHeader(view.getTranslation("request.list.duration"));
		grid.addColumn(RequestTerms::getCount).setHeader(view.getTranslation("request.list.count"));
		grid.addColumn(r -> Windows.summary(windows.apply(r), locale()))
				.setHeader(view.getTranslation("request.form.windows")).setFlexGrow(3);
		grid.addColumn(r -> view.getTranslation("request.priority." + r.getPriority().name()))
				.setHeader(view.getTranslation("request.form.priority"));
		grid.addColumn(r -> view.getTranslation(r.isDistinctDays() ? "base.yes" : "base.no"))
				.setHeader(view.getTranslation("request.list.distinctDays"));
	}

	/**
	 * The terms in one line, for a change asked of the coordinator: « Grange, Traite : 2 × 4 h 00 dans mar.
	 * 08:00–12:00, ven. 14:00–18:00, un par jour au plus ».
	 */
	static String summary(Request request, Component view) {
		var minutes = request.getDurationMinutes();
		return view.getTranslation("request.change.proposal", name(request.getSite()), name(request.getSkill()),
				request.getCount(), view.getTranslation("worker.form.hours", minutes / 60, minutes % 60),
				Windows.summary(Windows.of(request), locale()),
				request.isDistinctDays() ? view.getTranslation("request.change.proposal.distinctDays") : "");
	}

	/** What the search box looks in. */
	static String searchText(RequestTerms terms, String code) {
		return String.join(" ", code, name(terms.getMember()), name(terms.getSite()), name(terms.getSkill()));
	}

	static Locale locale() {
		var ui = UI.getCurrent();
		return ui == null ? Locale.FRENCH : ui.getLocale();
	}

	static String name(@Nullable Object named) {
		return switch (named) {
			case Member member -> member.getName();
			case Site site -> site.getName();
			case Skill skill -> skill.getName();
			case null -> "";
			default -> named.toString();
		};
	}

}
