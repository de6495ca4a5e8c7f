package fr.mosaic.member.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.vaadin.browserless.BrowserlessTest;
import com.vaadin.flow.component.UI;

import fr.mosaic.base.Translations;
import fr.mosaic.member.Member;

/** The member form alone, without Spring: rules come from the entity, messages from the bundles. */
class MemberFormTest extends BrowserlessTest {

	// built once the browser-less UI exists, so its labels are translated
	private MemberForm form;

	private final List<Member> saved = new ArrayList<>();

	@BeforeEach
	void showNewMember() {
		form = new MemberForm();
		UI.getCurrent().add(form);
		form.addSaveListener(event -> saved.add(event.bean()));
		form.edit(new Member());
	}

	@Test
	void emptyNameIsRefusedWithTheBundleMessage() {
		test(form.code).setValue("M1");
		test(form.save).click();

		assertThat(saved).isEmpty();
		assertThat(form.name.isInvalid()).isTrue();
		assertThat(form.name.getErrorMessage()).isEqualTo(message("base.name.required"));
	}

	@Test
	void labelsComeFromTheBundles() {
		assertThat(form.name.getLabel()).isEqualTo(message("member.form.name"));
		assertThat(form.save.getText()).isEqualTo(message("base.form.save"));
	}

	@Test
	void memberWithoutSiteIsRefused() {
		test(form.code).setValue("M1");
		test(form.name).setValue("Ferme du Moulin");
		test(form.save).click();

		assertThat(saved).isEmpty();
		assertThat(form.status.getText()).isEqualTo(message("member.form.sites.required"));
	}

	@Test
	void siteWithoutCoordinatesOrOutOfRangeIsRefused() {
		fillMember();
		var site = addSite("S1", "Grange");
		test(form.save).click();

		assertThat(saved).isEmpty();
		assertThat(site.lat.getErrorMessage()).isEqualTo(message("member.site.lat.required"));

		test(site.lat).setValue(95.0);
		test(site.lon).setValue(200.0);
		test(form.save).click();

		assertThat(saved).isEmpty();
		assertThat(site.lat.getErrorMessage()).isEqualTo(message("member.site.lat.range"));
		assertThat(site.lon.getErrorMessage()).isEqualTo(message("member.site.lon.range"));
	}

	@Test
	void validMemberIsSavedWithItsSites() {
		fillMember();
		var site = addSite("S1", "Grange");
		test(site.lat).setValue(45.76);
		test(site.lon).setValue(4.84);
		test(form.save).click();

		assertThat(saved).singleElement().satisfies(member -> {
			assertThat(member.getName()).isEqualTo("Ferme du Moulin");
			assertThat(member.getSites()).singleElement().satisfies(s -> assertThat(s.getMember()).isSameAs(member));
		});
	}

	@Test
	void removedSiteLeavesTheMember() {
		fillMember();
		var site = addSite("S1", "Grange");
		test(site.remove).click();
		test(form.save).click();

		assertThat(form.sites.rows()).isEmpty();
		assertThat(form.status.getText()).isEqualTo(message("member.form.sites.required"));
	}

	private void fillMember() {
		test(form.code).setValue("M1");
		test(form.name).setValue("Ferme du Moulin");
	}

	private SiteRow addSite(String code, String name) {
		test(form.sites.add).click();
		var site = form.sites.rows().getLast();
		test(site.code).setValue(code);
		test(site.name).setValue(name);
		return site;
	}

	private String message(String key) {
		return Translations.translate(key, UI.getCurrent().getLocale());
	}

}
