package fr.mosaic.request.ui;

import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;

import fr.mosaic.member.Member;
import fr.mosaic.member.Site;
import fr.mosaic.request.Priority;
import fr.mosaic.request.RequestTerms;
import fr.mosaic.worker.Skill;

/** Who needs what, where, and how many blocks of how long: the fields one-off and recurring requests share. */
final class TermsFields<T extends RequestTerms> extends FormLayout {

	final ComboBox<Member> member = new ComboBox<>();

	final ComboBox<Site> site = new ComboBox<>();

	final ComboBox<Skill> skill = new ComboBox<>();

	final IntegerField durationMinutes = new IntegerField();

	final IntegerField count = new IntegerField();

	final IntegerField startStepMinutes = new IntegerField();

	final Checkbox distinctDays = new Checkbox();

	final Select<Priority> priority = new Select<>();

	private List<Member> members = List.of();

	TermsFields(Binder<T> binder) {
		member.setLabel(getTranslation("request.form.member"));
		site.setLabel(getTranslation("request.form.site"));
		skill.setLabel(getTranslation("request.form.skill"));
		durationMinutes.setLabel(getTranslation("request.form.durationMinutes"));
		count.setLabel(getTranslation("request.form.count"));
		startStepMinutes.setLabel(getTranslation("request.form.startStepMinutes"));
		distinctDays.setLabel(getTranslation("request.form.distinctDays"));
		priority.setLabel(getTranslation("request.form.priority"));
		priority.setItems(Priority.values());
		priority.setItemLabelGenerator(p -> getTranslation("request.priority." + p.name()));
		member.setItemLabelGenerator(Member::getName);
		site.setItemLabelGenerator(Site::getName);
		skill.setItemLabelGenerator(Skill::getName);
		member.addValueChangeListener(event -> site.setItems(sitesOf(event.getValue())));
		binder.forField(member).bind("member");
		binder.forField(site).bind("site");
		binder.forField(skill).bind("skill");
		// int properties cannot hold "empty": the range messages say what is expected
		binder.forField(durationMinutes).asRequired(getTranslation("request.form.durationMinutes.range"))
				.bind("durationMinutes");
		binder.forField(count).asRequired(getTranslation("request.form.count.range")).bind("count");
		binder.forField(startStepMinutes).asRequired(getTranslation("request.form.startStepMinutes.range"))
				.bind("startStepMinutes");
		binder.forField(distinctDays).bind("distinctDays");
		binder.forField(priority).bind("priority");
		setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("24em", 2));
		add(member, site, skill, priority, durationMinutes, count, startStepMinutes, distinctDays);
	}

	void setChoices(List<Member> memberChoices, List<Skill> skillChoices) {
		members = memberChoices;
		member.setItems(memberChoices);
		skill.setItems(skillChoices);
	}

	/**
	 * For a member's own requests: the member fixed and hidden, its own sites only; the priority and start step stay
	 * the coordinator's and are hidden too.
	 */
	void fixMember(Member fixed, List<Skill> skillChoices) {
		setChoices(List.of(fixed), skillChoices);
		member.setVisible(false);
		priority.setVisible(false);
		startStepMinutes.setVisible(false);
	}

	/**
	 * After reading a stored request: shows its member and site as the loaded choices, whose sites are known, so the
	 * site list matches the member.
	 */
	void useChoicesFor(RequestTerms terms) {
		var chosen = canonical(terms.getMember());
		member.setValue(chosen);
		site.setItems(sitesOf(chosen));
		site.setValue(terms.getSite() == null
				? null
				: sitesOf(chosen).stream().filter(s -> s.equals(terms.getSite())).findFirst().orElse(null));
	}

	private @Nullable Member canonical(@Nullable Member wanted) {
		return members.stream().filter(m -> Objects.equals(m, wanted)).findFirst().orElse(wanted);
	}

	private List<Site> sitesOf(@Nullable Member chosen) {
		var loaded = canonical(chosen);
		return loaded == null || !members.contains(loaded) ? List.of() : loaded.getSites();
	}

}
