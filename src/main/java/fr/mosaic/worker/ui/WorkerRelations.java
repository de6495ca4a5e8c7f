package fr.mosaic.worker.ui;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.data.binder.Binder;

import fr.mosaic.base.ui.Pickers;
import fr.mosaic.member.Member;
import fr.mosaic.member.Site;
import fr.mosaic.worker.Skill;
import fr.mosaic.worker.Worker;

/**
 * The worker's skills, the members and places of work their contract lets them be placed with (Code du travail
 * L1253-9), and the members they prefer, refuse, or are refused by.
 */
final class WorkerRelations extends FormLayout {

	final MultiSelectComboBox<Skill> skills = new MultiSelectComboBox<>();

	final MultiSelectComboBox<Member> contractMembers = new MultiSelectComboBox<>();

	final MultiSelectComboBox<Site> contractSites = new MultiSelectComboBox<>();

	final DatePicker contractAmendedOn = Pickers.localize(new DatePicker());

	final MultiSelectComboBox<Member> preferredMembers = new MultiSelectComboBox<>();

	final MultiSelectComboBox<Member> excludedMembers = new MultiSelectComboBox<>();

	final MultiSelectComboBox<Member> excludedByMembers = new MultiSelectComboBox<>();

	WorkerRelations(Binder<Worker> binder) {
		skills.setLabel(getTranslation("worker.form.skills"));
		contractMembers.setLabel(getTranslation("worker.form.contractMembers"));
		// an empty list is a contract recorded without its members: every member, as before the list existed
		contractMembers.setPlaceholder(getTranslation("worker.form.contractMembers.all"));
		contractMembers.setHelperText(getTranslation("worker.form.contractMembers.helper"));
		contractSites.setLabel(getTranslation("worker.form.contractSites"));
		// likewise an empty list of places of work: every site of the members above
		contractSites.setPlaceholder(getTranslation("worker.form.contractSites.all"));
		contractSites.setHelperText(getTranslation("worker.form.contractSites.helper"));
		contractAmendedOn.setLabel(getTranslation("worker.form.contractAmendedOn"));
		preferredMembers.setLabel(getTranslation("worker.form.preferredMembers"));
		excludedMembers.setLabel(getTranslation("worker.form.excludedMembers"));
		excludedByMembers.setLabel(getTranslation("worker.form.excludedByMembers"));
		excludedByMembers.setHelperText(getTranslation("worker.form.excludedByMembers.helper"));
		bindList(binder, skills, "skills");
		bindList(binder, contractMembers, "contractMembers");
		bindList(binder, contractSites, "contractSites");
		binder.forField(contractAmendedOn).bind("contractAmendedOn");
		bindList(binder, preferredMembers, "preferredMembers");
		bindList(binder, excludedMembers, "excludedMembers");
		binder.forField(excludedByMembers).bind("excludedByMembers");
		setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("24em", 2));
		add(skills, 2);
		add(contractMembers, contractSites);
		add(contractAmendedOn);
		add(preferredMembers, excludedMembers, excludedByMembers);
	}

	/**
	 * Binds a list property to a multi-select through the {@code List} interface only: a stored worker's list is
	 * Hibernate's own ({@code PersistentList}), so a converter typed on a concrete class would fail to cast it.
	 */
	private static <T> void bindList(Binder<Worker> binder, MultiSelectComboBox<T> field, String property) {
		binder.forField(field).withConverter(List::copyOf, LinkedHashSet::new).bind(property);
	}

	/** The skills, members and their sites to choose from, fresh for each edit. */
	void setChoices(List<Skill> skillChoices, List<Member> memberChoices) {
		skills.setItems(skillChoices);
		contractMembers.setItems(memberChoices);
		// a site is named with its member: two members may both have a "Siège"
		Map<Site, String> siteLabels = new LinkedHashMap<>();
		memberChoices.forEach(member -> member.getSites()
				.forEach(site -> siteLabels.put(site, member.getName() + " — " + site.getName())));
		contractSites.setItems(siteLabels.keySet());
		contractSites.setItemLabelGenerator(siteLabels::get);
		preferredMembers.setItems(memberChoices);
		excludedMembers.setItems(memberChoices);
		excludedByMembers.setItems(memberChoices);
	}

}
