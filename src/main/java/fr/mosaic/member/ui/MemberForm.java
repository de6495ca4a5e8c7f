package fr.mosaic.member.ui;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;

import fr.mosaic.base.ui.BeanLevelValidator;
import fr.mosaic.base.ui.EntityBinder;
import fr.mosaic.base.ui.EntityForm;
import fr.mosaic.member.Member;

/** Edits a member and its sites; the rules are the entity's Bean Validation annotations. */
final class MemberForm extends EntityForm<Member> {

	final TextField code = new TextField();

	final TextField name = new TextField();

	final SiteList sites = new SiteList();

	private final EntityBinder<Member> binder = new EntityBinder<>(Member.class);

	MemberForm() {
		code.setLabel(getTranslation("member.form.code"));
		code.setId("member-code");
		name.setId("member-name");
		name.setLabel(getTranslation("member.form.name"));
		binder.forField(code).bind("code");
		binder.forField(name).bind("name");
		binder.withValidator(new BeanLevelValidator(Member.class, "sites"));
		binder.setStatusLabel(status);
		add(new FormLayout(code, name), sites, status, buttons());
	}

	@Override
	protected void read(Member member) {
		binder.readBean(member);
		sites.read(member.getSites());
	}

	@Override
	protected boolean writeIfValid(Member member) {
		var sitesValid = sites.validate();
		if (!binder.validate().isOk() || !sitesValid) {
			return false;
		}
		sites.writeTo(member);
		return binder.writeBeanIfValid(member);
	}

}
