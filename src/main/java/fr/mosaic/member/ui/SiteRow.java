package fr.mosaic.member.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;

import fr.mosaic.base.ui.EntityBinder;
import fr.mosaic.member.Site;

/** One site of the member being edited, with its own binder so each site shows its own errors. */
final class SiteRow extends FormLayout {

	final TextField code = new TextField();

	final TextField name = new TextField();

	final TextField address = new TextField();

	final NumberField lat = new NumberField();

	final NumberField lon = new NumberField();

	final Button remove = new Button(VaadinIcon.TRASH.create());

	private final EntityBinder<Site> binder = new EntityBinder<>(Site.class);

	private final Site site;

	SiteRow(Site site) {
		this.site = site;
		code.setLabel(getTranslation("member.site.code"));
		// ids per row would repeat; the class names the field for browser tests
		code.addClassName("site-code");
		name.addClassName("site-name");
		lat.addClassName("site-lat");
		lon.addClassName("site-lon");
		name.setLabel(getTranslation("member.site.name"));
		address.setLabel(getTranslation("member.site.address"));
		lat.setLabel(getTranslation("member.site.lat"));
		lon.setLabel(getTranslation("member.site.lon"));
		lat.setStep(0.000001);
		lon.setStep(0.000001);
		remove.setAriaLabel(getTranslation("member.site.remove"));
		remove.setTooltipText(getTranslation("member.site.remove"));
		remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
		binder.forField(code).bind("code");
		binder.forField(name).bind("name");
		binder.forField(address).withNullRepresentation("").bind("address");
		// a primitive coordinate cannot say "missing" itself
		binder.forField(lat).asRequired(getTranslation("member.site.lat.required")).bind("lat");
		binder.forField(lon).asRequired(getTranslation("member.site.lon.required")).bind("lon");
		// a new site starts empty rather than at 0,0, which is a real place in the Gulf of Guinea
		binder.readBean(site.isNew() ? null : site);
		setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("20em", 2));
		add(code, name, address, remove, lat, lon);
		getStyle().set("border-bottom", "1px solid var(--lumo-contrast-10pct)");
	}

	Site site() {
		return site;
	}

	boolean validate() {
		return binder.validate().isOk();
	}

	boolean writeIfValid() {
		return binder.writeBeanIfValid(site);
	}

}
