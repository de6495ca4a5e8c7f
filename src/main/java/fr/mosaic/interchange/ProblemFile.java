package fr.mosaic.interchange;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The text of a problem or plan file on disk, for the command line: what cannot be one (no such file, a directory, an
 * empty, too large or binary file) is refused with one sentence naming the file, before the JSON is read; a file that
 * cannot be written is named the same way.
 */
public final class ProblemFile {

	private ProblemFile() {
	}

	/**
	 * The text of a problem file.
	 *
	 * @throws UnreadableFileException saying what is wrong with the file
	 */
	public static String read(Path file) {
		return read(file, "problem");
	}

	/**
	 * The text of a plan file.
	 *
	 * @throws UnreadableFileException saying what is wrong with the file
	 */
	public static String readPlan(Path file) {
		return read(file, "plan");
	}

	/**
	 * Writes a problem or plan file in UTF-8, replacing any file of that name.
	 *
	 * @throws UnwritableFileException saying why the file cannot be written
	 */
	public static void write(Path file, String json) {
		try {
			Files.writeString(file, json, StandardCharsets.UTF_8);
		} catch (NoSuchFileException ex) {
			throw new UnwritableFileException(file,
					"the folder %s does not exist".formatted(file.toAbsolutePath().getParent()));
		} catch (IOException ex) {
			throw new UnwritableFileException(file, reason(file, ex));
		}
	}

	/** What a failed read or write tells of the file, once the missing file or folder is told apart. */
	private static String reason(Path file, IOException ex) {
		if (Files.isDirectory(file)) {
			return "it is a directory, not a file";
		}
		if (ex instanceof AccessDeniedException) {
			return "permission denied";
		}
		return ex instanceof FileSystemException fileEx && fileEx.getReason() != null
				? fileEx.getReason()
				: String.valueOf(ex.getMessage());
	}

	/** @param kind the kind of file, in the sentence for a binary one */
	private static String read(Path file, String kind) {
		if (Files.isDirectory(file)) {
			throw new UnreadableFileException(file, "it is a directory, not a file");
		}
		byte[] bytes;
		try {
			var size = Files.size(file);
			if (size > ProblemLimits.DOCUMENT_BYTES) {
				throw new UnreadableFileException(file,
						"it holds %d bytes, over the limit of %d".formatted(size, ProblemLimits.DOCUMENT_BYTES));
			}
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException ex) {
			throw new UnreadableFileException(file, "there is no such file");
		} catch (IOException ex) {
			throw new UnreadableFileException(file, reason(file, ex));
		}
		var text = utf8(file, bytes, kind);
		if (text.isBlank()) {
			throw new UnreadableFileException(file, "it is empty");
		}
		return text;
	}

	// Strict: a lenient decoding would hand the JSON reader replacement characters and a puzzling syntax error.
	private static String utf8(Path file, byte[] bytes, String kind) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
		} catch (CharacterCodingException ex) {
			throw notText(file, kind);
		}
		if (text.indexOf('\0') >= 0) {
			throw notText(file, kind);
		}
		// Some editors start UTF-8 files with a byte order mark, which is no JSON.
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static UnreadableFileException notText(Path file, String kind) {
		return new UnreadableFileException(file, "it is not text; a %s file is JSON in UTF-8".formatted(kind));
	}

	/** A file that cannot be a problem or plan file; the message is one sentence naming it. */
	public static final class UnreadableFileException extends RuntimeException {

		UnreadableFileException(Path file, String problem) {
			super("Cannot read %s: %s.".formatted(file, problem));
		}

	}

	/** A file that cannot be written; the message is one sentence naming it and why. */
	public static final class UnwritableFileException extends RuntimeException {

		UnwritableFileException(Path file, String problem) {
			super("Cannot write %s: %s.".formatted(file, problem));
		}

	}

}
