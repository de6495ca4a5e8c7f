package fr.mosaic.worker.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import fr.mosaic.base.ui.EntityBinder;
import fr.mosaic.base.ui.EntityForm;
import fr.mosaic.worker.Skill;

final class SkillForm extends EntityForm<Skill> {

	final TextField code = new TextField();

	final TextField name = new TextField();

	private final EntityBinder<Skill> binder = new EntityBinder<>(Skill.class);

	SkillForm() {
		code.setLabel(getTranslation("worker.skill.code"));
		name.setLabel(getTranslation("worker.skill.name"));
		binder.forField(code).bind("code");
		binder.forField(name).bind("name");
		add(new FormLayout(code, name), buttons());
	}

	@Override
	protected void read(Skill skill) {
		binder.readBean(skill);
	}

	@Override
	protected boolean writeIfValid(Skill skill) {
		return binder.writeBeanIfValid(skill);
	}

}
