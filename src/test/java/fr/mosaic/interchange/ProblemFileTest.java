package fr.mosaic.interchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What cannot be a problem or plan file is refused with one sentence naming the file, before any JSON is read; a file
 * that cannot be written is named the same way.
 */
class ProblemFileTest {

	/** The first bytes of a PNG image. */
	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D };

	@TempDir
	Path dir;

	@Test
	void aMissingFileIsNamed() {
		var file = dir.resolve("week.json");

		assertThatThrownBy(() -> ProblemFile.read(file)).hasMessage("Cannot read " + file + ": there is no such file.");
	}

	@Test
	void aDirectoryIsNoFile() {
		assertThatThrownBy(() -> ProblemFile.read(dir))
				.hasMessage("Cannot read " + dir + ": it is a directory, not a file.");
	}

	@Test
	void anEmptyOrBlankFileIsEmpty() throws Exception {
		var empty = Files.writeString(dir.resolve("empty.json"), "");
		var blank = Files.writeString(dir.resolve("blank.json"), " \n\t\n");

		assertThatThrownBy(() -> ProblemFile.read(empty)).hasMessage("Cannot read " + empty + ": it is empty.");
		assertThatThrownBy(() -> ProblemFile.read(blank)).hasMessage("Cannot read " + blank + ": it is empty.");
	}

	@Test
	void aBinaryFileOrOneNotInUtf8IsNotText() throws Exception {
		var image = Files.write(dir.resolve("photo.json"), PNG);
		var latin1 = Files.write(dir.resolve("latin1.json"),
				"{\"name\": \"Comptabilité\"}".getBytes(StandardCharsets.ISO_8859_1));
		var nul = Files.write(dir.resolve("nul.json"), new byte[] { '{', 0, '}' });

		for (var file : new Path[] { image, latin1, nul }) {
			assertThatThrownBy(() -> ProblemFile.read(file))
					.hasMessage("Cannot read " + file + ": it is not text; a problem file is JSON in UTF-8.");
		}
	}

	@Test
	void aBinaryPlanFileIsNamedAsAPlanFile() throws Exception {
		var image = Files.write(dir.resolve("plan.json"), PNG);

		assertThatThrownBy(() -> ProblemFile.readPlan(image))
				.hasMessage("Cannot read " + image + ": it is not text; a plan file is JSON in UTF-8.");
	}

	@Test
	void aFileIsWrittenInUtf8OrNamedWithWhyItCannotBe() throws Exception {
		var file = dir.resolve("plan.json");
		var inMissingFolder = dir.resolve("missing/plan.json");

		ProblemFile.write(file, "{\"name\": \"Comptabilité\"}");

		assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("{\"name\": \"Comptabilité\"}");
		assertThatThrownBy(() -> ProblemFile.write(inMissingFolder, "{}")).hasMessage(
				"Cannot write " + inMissingFolder + ": the folder " + dir.resolve("missing") + " does not exist.");
		assertThatThrownBy(() -> ProblemFile.write(dir, "{}"))
				.hasMessage("Cannot write " + dir + ": it is a directory, not a file.");
	}

	@Test
	void aFileOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
		var huge = dir.resolve("huge.json");
		try (var file = new RandomAccessFile(huge.toFile(), "rw")) {
			file.setLength(ProblemLimits.DOCUMENT_BYTES + 1L);
		}

		assertThatThrownBy(() -> ProblemFile.read(huge))
				.hasMessage("Cannot read " + huge + ": it holds 16777217 bytes, over the limit of 16777216.");
	}

	@Test
	void aFileAtTheSizeLimitIsReadWithoutItsByteOrderMark() throws Exception {
		var json = "\uFEFF{\"weekStart\": \"2026-11-23\"}";
		var padding = " ".repeat(ProblemLimits.DOCUMENT_BYTES - json.getBytes(StandardCharsets.UTF_8).length);
		var file = Files.writeString(dir.resolve("week.json"), json + padding);

		assertThat(ProblemFile.read(file)).startsWith("{\"weekStart\"").hasSize(ProblemLimits.DOCUMENT_BYTES - 3);
	}

}
