package fr.mosaic.worker.ui;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

import fr.mosaic.base.ui.BeanLevelValidator;
import fr.mosaic.base.ui.DayTime;
import fr.mosaic.base.ui.DayTimeRow;
import fr.mosaic.base.ui.EntityBinder;
import fr.mosaic.base.ui.EntityForm;
import fr.mosaic.base.ui.RowsField;
import fr.mosaic.member.Member;
import fr.mosaic.worker.AvailabilitySlot;
import fr.mosaic.worker.Skill;
import fr.mosaic.worker.Unavailability;
import fr.mosaic.worker.Worker;

/** Edits a worker: contract in weekly minutes (hours shown beside), availability, leave, skills and members. */
final class WorkerForm extends EntityForm<Worker> {

	final TextField code = new TextField();

	final TextField name = new TextField();

	final IntegerField contractMinutes = new IntegerField();

	final IntegerField maxMinutes = new IntegerField();

	final Checkbox partTime = new Checkbox();

	final NumberField homeLat = new NumberField();

	final NumberField homeLon = new NumberField();

	final RowsField<DayTime> availability;

	final RowsField<Unavailability> unavailability;

	private final EntityBinder<Worker> binder = new EntityBinder<>(Worker.class);

	final WorkerRelations relations = new WorkerRelations(binder);

	WorkerForm() {
		code.setLabel(getTranslation("worker.form.code"));
		name.setLabel(getTranslation("worker.form.name"));
		contractMinutes.setLabel(getTranslation("worker.form.contractMinutes"));
		maxMinutes.setLabel(getTranslation("worker.form.maxMinutes"));
		partTime.setLabel(getTranslation("worker.form.partTime"));
		homeLat.setLabel(getTranslation("worker.form.homeLat"));
		homeLon.setLabel(getTranslation("worker.form.homeLon"));
		showHours(contractMinutes);
		showHours(maxMinutes);
		availability = new RowsField<>(getTranslation("worker.form.availability"),
				getTranslation("worker.form.availability.add"), DayTimeRow::new);
		unavailability = new RowsField<>(getTranslation("worker.form.unavailability"),
				getTranslation("worker.form.unavailability.add"), PeriodRow::new);
		unavailability.add.setId("worker-unavailability-add");
		bind();
		var identity = new FormLayout(code, name, contractMinutes, maxMinutes, partTime, homeLat, homeLon);
		identity.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("20em", 2));
		add(identity, relations, availability, unavailability, status, buttons());
	}

	private void bind() {
		binder.forField(code).bind("code");
		binder.forField(name).bind("name");
		// an int property cannot hold "empty": the range message says what is expected
		binder.forField(contractMinutes).asRequired(getTranslation("worker.form.contractMinutes.range"))
				.bind("contractMinutes");
		binder.forField(maxMinutes).asRequired(getTranslation("worker.form.maxMinutes.range")).bind("maxMinutes");
		binder.forField(partTime).bind("partTime");
		binder.forField(homeLat).bind("homeLat");
		binder.forField(homeLon).bind("homeLon");
		binder.forField(availability)
				.withValidator(rows -> availability.allRowsComplete(), getTranslation("base.rows.incomplete"))
				.withConverter(rows -> rows.stream().map(r -> new AvailabilitySlot(r.day(), r.from(), r.to())).toList(),
						slots -> slots.stream().map(s -> new DayTime(s.day(), s.from(), s.to())).toList())
				.bind("availability");
		binder.forField(unavailability)
				.withValidator(rows -> unavailability.allRowsComplete(), getTranslation("base.rows.incomplete"))
				.bind("unavailability");
		binder.withValidator(new BeanLevelValidator(Worker.class, "maxAtLeastContract"));
		binder.setStatusLabel(status);
	}

	private void showHours(IntegerField minutes) {
		minutes.setMin(0);
		minutes.setStep(15);
		minutes.addValueChangeListener(event -> minutes.setHelperText(event.getValue() == null
				? null
				: getTranslation("worker.form.hours", event.getValue() / 60, event.getValue() % 60)));
	}

	void setChoices(List<Skill> skills, List<Member> members) {
		relations.setChoices(skills, members);
	}

	@Override
	protected void read(Worker worker) {
		binder.readBean(worker);
	}

	@Override
	protected boolean writeIfValid(Worker worker) {
		return binder.writeBeanIfValid(worker);
	}

}
