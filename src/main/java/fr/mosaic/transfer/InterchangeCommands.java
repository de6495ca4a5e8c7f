package fr.mosaic.transfer;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.stereotype.Component;

import fr.mosaic.interchange.InterchangeJson;
import fr.mosaic.interchange.InvalidProblemException;
import fr.mosaic.interchange.ProblemFile;

/** Import and export from the command line, without the web server; each returns the process exit code. */
@Component
public class InterchangeCommands {

	private final ProblemImporter importer;

	private final ProblemExporter exporter;

	private final InterchangeJson json = new InterchangeJson();

	InterchangeCommands(ProblemImporter importer, ProblemExporter exporter) {
		this.importer = importer;
		this.exporter = exporter;
	}

	/**
	 * @throws ProblemFile.UnreadableFileException when the file cannot be a problem file
	 */
	public int importProblem(Path file, PrintStream out, Locale locale) {
		try {
			var summary = importer.importJson(ProblemFile.read(file));
			out.printf("Imported week %s: %d members, %d workers, %d requests (%d shifts)%n", summary.weekStart(),
					summary.members(), summary.workers(), summary.requests(), summary.shifts());
			return 0;
		} catch (InvalidProblemException ex) {
			out.printf("%s was not imported; nothing was changed:%n", file);
			ex.errors().forEach(error -> out.println("  " + error.path() + ": " + error.message(locale)));
			return 1;
		}
	}

	public int exportProblem(LocalDate weekStart, Path file, PrintStream out) {
		ProblemFile.write(file, json.writeProblem(exporter.exportWeek(weekStart)));
		out.printf("Exported week %s to %s%n", weekStart, file);
		return 0;
	}

}
