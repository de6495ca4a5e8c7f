package fr.mosaic.member.ui;

import static fr.mosaic.RegisterFixtures.member;
import static fr.mosaic.RegisterFixtures.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;

import fr.mosaic.base.Translations;
import fr.mosaic.member.Member;
import fr.mosaic.member.MemberService;
import fr.mosaic.member.Site;
import fr.mosaic.security.AppRoles;

/** Stored members opened, edited and saved on screen, each text at and past its length, and refused saves. */
@SpringBootTest
@WithMockUser(roles = AppRoles.COORDINATOR)
class MemberListViewEditingTest extends SpringBrowserlessTest {

	@Autowired
	MemberService members;

	@Test
	void storedMemberIsEditedWithItsSitesAndReadBack() {
		members.save(member("EDIT-M1", "Mairie"));

		var form = open("EDIT-M1");
		assertThat(form.name.getValue()).isEqualTo("Mairie");
		test(form.name).setValue("Mairie de Lagnieu");
		test(form.sites.rows().getFirst().name).setValue("Hôtel de ville");
		var added = addSite(form, "EDIT-M1-S2", "École");
		test(added.address).setValue("2 rue des Écoles");
		test(form.save).click();

		assertThat(test($(Notification.class).last()).getText()).isEqualTo(message("member.list.saved"));
		var stored = members.findByCode("EDIT-M1").orElseThrow();
		assertThat(stored.getName()).isEqualTo("Mairie de Lagnieu");
		assertThat(stored.getSites()).extracting(Site::getCode, Site::getName, Site::getAddress).containsExactly(
				tuple("EDIT-M1-S", "Hôtel de ville", null), tuple("EDIT-M1-S2", "École", "2 rue des Écoles"));
	}

	@Test
	void textsAtTheirLimitAreSavedAndReadBack() {
		members.save(member("LIMIT-M1", "Ferme"));

		var form = open("LIMIT-M1");
		var code = text("LIMIT-M1-", 64);
		test(form.code).setValue(code);
		test(form.name).setValue(text("N", 160));
		var site = form.sites.rows().getFirst();
		test(site.code).setValue(text("LIMIT-S1-", 64));
		test(site.name).setValue(text("S", 160));
		test(site.address).setValue(text("A", 255));
		test(form.save).click();

		assertThat(form.isVisible()).as("saved and closed").isFalse();
		var stored = members.findByCode(code).orElseThrow();
		assertThat(stored.getName()).isEqualTo(text("N", 160));
		assertThat(stored.getSites()).singleElement().satisfies(s -> {
			assertThat(s.getCode()).isEqualTo(text("LIMIT-S1-", 64));
			assertThat(s.getName()).isEqualTo(text("S", 160));
			assertThat(s.getAddress()).isEqualTo(text("A", 255));
		});
	}

	@Test
	void textOnePastItsLimitIsRefusedOnItsFieldAndNothingIsStored() {
		members.save(member("PAST-M1", "Ferme"));

		var form = open("PAST-M1");
		assertThat(form.code.getMaxLength()).isEqualTo(64);
		test(form.code).setValue(text("PAST-M1-", 65));
		test(form.name).setValue(text("N", 161));
		var site = form.sites.rows().getFirst();
		assertThat(site.address.getMaxLength()).isEqualTo(255);
		test(site.code).setValue(text("PAST-S1-", 65));
		test(site.name).setValue(text("S", 161));
		test(site.address).setValue(text("A", 256));
		test(form.save).click();

		assertThat(form.code.getErrorMessage()).isEqualTo(message("base.code.size"));
		assertThat(form.name.getErrorMessage()).isEqualTo(message("base.name.size"));
		assertThat(site.code.getErrorMessage()).isEqualTo(message("base.code.size"));
		assertThat(site.name.getErrorMessage()).isEqualTo(message("base.name.size"));
		assertThat(site.address.getErrorMessage()).isEqualTo(message("member.site.address.size"));
		assertThat(site.address.getHelperText()).isEqualTo(message("base.text.limitReached", 255));
		assertThat(members.findByCode("PAST-M1").orElseThrow().getName()).isEqualTo("Ferme");
	}

	@Test
	void duplicateSiteIdIsSaidSoAndTheCorrectedMemberSaves() {
		members.save(member("DUP-M1", "Boulangerie"));

		navigate(MemberListView.class);
		test($(Button.class).withText(message("member.list.add")).single()).click();
		var form = $(MemberForm.class).single();
		test(form.code).setValue("DUP-M2");
		test(form.name).setValue("Pâtisserie");
		var site = addSite(form, "DUP-M1-S", "Boutique");
		test(form.save).click();

		assertThat(test($(Notification.class).last()).getText()).isEqualTo(message("base.save.duplicate"));
		assertThat(members.findByCode("DUP-M2")).isEmpty();

		test(site.code).setValue("DUP-M2-S");
		test(form.save).click();

		assertThat(test($(Notification.class).last()).getText()).isEqualTo(message("member.list.saved"));
		assertThat(members.findByCode("DUP-M2").orElseThrow().getSites()).extracting(Site::getCode)
				.containsExactly("DUP-M2-S");
	}

	private MemberForm open(String code) {
		navigate(MemberListView.class);
		test($(TextField.class).first()).setValue(code);
		test(grid()).select(0);
		return $(MemberForm.class).single();
	}

	private SiteRow addSite(MemberForm form, String code, String name) {
		test(form.sites.add).click();
		var site = form.sites.rows().getLast();
		test(site.code).setValue(code);
		test(site.name).setValue(name);
		test(site.lat).setValue(45.9);
		test(site.lon).setValue(5.3);
		return site;
	}

	@SuppressWarnings("unchecked")
	private Grid<Member> grid() {
		return $(Grid.class).single();
	}

	private static String message(String key, Object... params) {
		return Translations.translate(key, UI.getCurrent().getLocale(), params);
	}

}
