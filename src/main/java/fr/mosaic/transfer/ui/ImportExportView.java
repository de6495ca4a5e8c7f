package fr.mosaic.transfer.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

import fr.mosaic.base.ui.DateText;
import fr.mosaic.base.ui.Pickers;
import fr.mosaic.base.ui.WeekField;
import fr.mosaic.interchange.InterchangeJson;
import fr.mosaic.interchange.InvalidProblemException;
import fr.mosaic.interchange.ProblemDocument;
import fr.mosaic.interchange.ProblemError;
import fr.mosaic.interchange.ProblemLimits;
import fr.mosaic.security.AppRoles;
import fr.mosaic.transfer.ProblemExporter;
import fr.mosaic.transfer.ProblemImporter;

/** Upload a problem file (checked, confirmed, then imported all or nothing) and download any week as one. */
@Route("import-export")
@Menu(title = "interchange.view.title", order = 90, icon = "vaadin:exchange")
@RolesAllowed(AppRoles.COORDINATOR)
class ImportExportView extends VerticalLayout implements HasDynamicTitle {

	private final ProblemImporter importer;

	private final InterchangeJson json = new InterchangeJson();

	private final Grid<ProblemError> errors = new Grid<>();

	private final Paragraph errorsTitle = new Paragraph();

	ImportExportView(ProblemImporter importer, ProblemExporter exporter, Clock clock) {
		this.importer = importer;
		var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> {
			var text = new String(bytes, StandardCharsets.UTF_8);
			getUI().ifPresent(ui -> ui.access(() -> check(metadata.fileName(), text)));
		}));
		Pickers.localize(upload);
		upload.setId("problem-upload");
		upload.setAcceptedFileTypes("application/json", ".json");
		upload.setMaxFileSize(ProblemLimits.DOCUMENT_BYTES);
		upload.setMaxFiles(1);

		errors.addColumn(ProblemError::path).setHeader(getTranslation("interchange.view.errorPath")).setAutoWidth(true);
		errors.addColumn(error -> error.message(getLocale())).setHeader(getTranslation("interchange.view.errorMessage"))
				.setFlexGrow(1);
		errors.setId("import-errors");
		errors.setAllRowsVisible(true);
		errorsTitle.setId("import-errors-title");
		showErrors(List.of(), "");

		var week = new WeekField(getTranslation("interchange.view.week"));
		week.setValue(LocalDate.now(clock).with(TemporalAdjusters.next(DayOfWeek.MONDAY)));
		week.refuseEmpty();
		week.setId("export-week");
		var download = new Anchor(DownloadHandler.fromInputStream(event -> {
			var monday = week.getValue();
			var bytes = json.writeProblem(exporter.exportWeek(monday)).getBytes(StandardCharsets.UTF_8);
			return new DownloadResponse(new ByteArrayInputStream(bytes), "mosaic-problem-" + monday + ".json",
					"application/json", bytes.length);
		}), getTranslation("interchange.view.download"));
		download.setId("problem-download");

		add(new H2(getTranslation("interchange.view.importTitle")),
				new Paragraph(getTranslation("interchange.view.importHelp")), upload, errorsTitle, errors,
				new H2(getTranslation("interchange.view.exportTitle")), week, download);
	}

	/** Checks the file first, so nothing is replaced before the coordinator has seen what the file holds. */
	void check(String fileName, String text) {
		try {
			var problem = json.readProblem(text);
			showErrors(List.of(), fileName);
			confirmImport(problem);
		} catch (InvalidProblemException ex) {
			showErrors(ex.errors(), fileName);
		}
	}

	/**
	 * Asks before storing, with what the file changes in the register: a file reusing ids renames or overwrites
	 * entries, and may change what a published week means.
	 */
	private void confirmImport(ProblemDocument problem) {
		var preview = importer.preview(problem);
		var dialog = new ConfirmDialog();
		var week = DateText.day(problem.weekStart(), getLocale());
		dialog.setHeader(getTranslation("interchange.view.confirmTitle", week));
		var text = preview.changes().isEmpty()
				? getTranslation("interchange.view.confirmRequestsOnly", week, preview.requests(), preview.shifts())
				: getTranslation("interchange.view.confirmText", week, problem.members().size(),
						problem.workers().size(), problem.requests().size()) + "\n\n"
						+ PreviewText.of(preview, getLocale());
		var body = new Span(text);
		body.setId("import-preview");
		body.getStyle().set("white-space", "pre-line");
		dialog.setText(body);
		dialog.setCancelable(true);
		dialog.setCancelText(getTranslation("base.action.cancel"));
		dialog.setConfirmText(getTranslation("interchange.view.confirmImport"));
		dialog.addConfirmListener(event -> store(problem));
		dialog.open();
	}

	private void store(ProblemDocument problem) {
		try {
			var summary = importer.importProblem(problem);
			Notification
					.show(getTranslation("interchange.view.imported", DateText.day(summary.weekStart(), getLocale()),
							summary.requests(), summary.shifts()), 5000, Notification.Position.BOTTOM_START)
					.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
		} catch (InvalidProblemException ex) {
			showErrors(ex.errors(), "");
		}
	}

	private void showErrors(List<ProblemError> found, String fileName) {
		errors.setItems(found);
		errors.setVisible(!found.isEmpty());
		errorsTitle.setVisible(!found.isEmpty());
		errorsTitle.setText(getTranslation("interchange.view.rejected", fileName, found.size()));
	}

	@Override
	public String getPageTitle() {
		return getTranslation("interchange.view.title");
	}

}
