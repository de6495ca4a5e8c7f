package fr.mosaic.member.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

import fr.mosaic.member.Member;
import fr.mosaic.member.Site;

/** The sites of the member being edited, added and removed in place; nothing reaches the member until saved. */
final class SiteList extends VerticalLayout {

	final Button add = new Button(VaadinIcon.PLUS.create());

	private final VerticalLayout rows = new VerticalLayout();

	SiteList() {
		add.setText(getTranslation("member.site.add"));
		add.setId("site-add");
		add.addThemeVariants(ButtonVariant.LUMO_SMALL);
		add.addClickListener(event -> addRow(new Site()));
		rows.setPadding(false);
		setPadding(false);
		add(new H4(getTranslation("member.site.title")), rows, add);
	}

	void read(List<Site> sites) {
		rows.removeAll();
		sites.forEach(this::addRow);
	}

	List<SiteRow> rows() {
		return rows.getChildren().map(SiteRow.class::cast).toList();
	}

	private SiteRow addRow(Site site) {
		var row = new SiteRow(site);
		row.remove.addClickListener(event -> rows.remove(row));
		rows.add(row);
		return row;
	}

	/** Checks every site, showing each one's errors. */
	boolean validate() {
		return rows().stream().map(SiteRow::validate).reduce(true, Boolean::logicalAnd);
	}

	/** Writes the valid rows into the member: removed sites go, new ones join. Call after {@link #validate()}. */
	void writeTo(Member member) {
		var kept = rows().stream().map(SiteRow::site).toList();
		new ArrayList<>(member.getSites()).stream().filter(site -> kept.stream().noneMatch(k -> k == site))
				.forEach(member::removeSite);
		for (var row : rows()) {
			row.writeIfValid();
			if (member.getSites().stream().noneMatch(site -> site == row.site())) {
				member.addSite(row.site());
			}
		}
	}

}
