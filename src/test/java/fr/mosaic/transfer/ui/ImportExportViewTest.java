package fr.mosaic.transfer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithMockUser;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

import fr.mosaic.DatabaseCleaner;
import fr.mosaic.base.ui.ScreenTexts;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemError;
import fr.mosaic.security.AppRoles;
import fr.mosaic.transfer.ProblemExporter;
import fr.mosaic.transfer.ProblemImporter;

/**
 * Uploading a problem file: errors listed with their paths and nothing stored; a good file stored on confirm, after the
 * coordinator has read what it changes in the register.
 */
@SpringBootTest
@WithMockUser(roles = AppRoles.COORDINATOR)
class ImportExportViewTest extends SpringBrowserlessTest {

	static final Path PROBLEM = Path.of("docs/spec/examples/small-problem.json");

	@Autowired
	ProblemExporter exporter;

	@Autowired
	DataSource dataSource;

	@Autowired
	ProblemImporter importer;

	@BeforeEach
	void emptyRegister() {
		DatabaseCleaner.clean(dataSource);
	}

	@Test
	void badFileIsListedWithPathsAndChangesNothing() throws Exception {
		var view = navigate(ImportExportView.class);
		var bad = Files.readString(PROBLEM).replace("\"skill\": \"coach\"", "\"skill\": \"juggling\"");

		view.check("week.json", bad);

		var errors = test(errorGrid());
		assertThat(errors.size()).isEqualTo(1);
		assertThat(errors.getCellText(0, 0)).isEqualTo("$.requests[1].skill");
		assertThat(errors.getCellText(0, 1)).isEqualTo("unknown skill \"juggling\"");
		assertThat($(ConfirmDialog.class).all()).isEmpty();
		assertThat(exporter.exportWeek(LocalDate.of(2026, 11, 23)).requests()).isEmpty();
	}

	@Test
	void goodFileIsImportedOnlyOnceConfirmed() throws Exception {
		var view = navigate(ImportExportView.class);

		view.check("week.json", Files.readString(PROBLEM));
		var dialog = $(ConfirmDialog.class).single();
		assertThat(exporter.exportWeek(LocalDate.of(2026, 11, 23)).requests()).isEmpty();

		ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));

		assertThat(exporter.exportWeek(LocalDate.of(2026, 11, 23)).requests()).hasSize(5);
		assertThat($(Grid.class).all()).as("no error list once imported").isEmpty();
	}

	@Test
	void confirmationNamesTheWeekInFrench() throws Exception {
		UI.getCurrent().setLocale(Locale.FRENCH);
		var view = navigate(ImportExportView.class);

		// a file name of French words: the screen repeats it
		view.check("semaine.json", Files.readString(PROBLEM));

		var dialog = $(ConfirmDialog.class).single();
		assertThat(dialog.getElement().getProperty("header")).isEqualTo("Importer la semaine du 23 novembre 2026 ?");
		assertThat(ScreenTexts.englishIn(dialog)).isEmpty();
		assertThat(ScreenTexts.englishIn(view)).as("the upload's texts").isEmpty();
	}

	@Test
	void aFileRenamingASkillSaysSoBeforeAnythingIsStored() throws Exception {
		importer.importJson(Files.readString(PROBLEM));
		var view = navigate(ImportExportView.class);

		view.check("week.json", Files.readString(PROBLEM).replace("\"Espaces verts\"", "\"Jardins\""));

		var text = $(Span.class).id("import-preview").getText();
		assertThat(text).contains("The file changes the register: nothing added, one change.\n"
				+ "· Skill Jardins changed: name (was “Espaces verts”)");
		var dialog = $(ConfirmDialog.class).single();
		assertThat(skillNames()).as("nothing stored before confirming").contains("Espaces verts");

		ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));

		assertThat(skillNames()).contains("Jardins").doesNotContain("Espaces verts");
	}

	@Test
	void aFileThatOnlyBringsTheWeeksRequestsSaysJustThat() throws Exception {
		importer.importJson(Files.readString(PROBLEM));
		var view = navigate(ImportExportView.class);

		view.check("week.json", Files.readString(PROBLEM));

		assertThat($(Span.class).id("import-preview").getText()).isEqualTo("The file changes nothing in the register."
				+ " Its 5 requests (8 shifts) will replace the requests and the draft of the week of November 23, 2026.");
	}

	private List<String> skillNames() {
		return exporter.exportWeek(LocalDate.of(2026, 11, 23)).skills().stream().map(ProblemDocument.Skill::name)
				.toList();
	}

	@SuppressWarnings("unchecked")
	private Grid<ProblemError> errorGrid() {
		return $(Grid.class).id("import-errors");
	}

}
