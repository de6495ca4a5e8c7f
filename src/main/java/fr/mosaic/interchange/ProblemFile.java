package fr.mosaic.interchange;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * The text of a problem file on disk, for the command line: what cannot be one (no such file, a directory, an empty,
 * too large or binary file) is refused with one sentence naming the file, before the JSON is read.
 */
public final class ProblemFile {

	private ProblemFile() {
	}

	/**
	 * @throws UnreadableFileException saying what is wrong with the file
	 */
	public static String read(Path file) {
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
		}
		catch (NoSuchFileException ex) {
			throw new UnreadableFileException(file, "there is no such file");
		}
		catch (AccessDeniedException ex) {
			throw new UnreadableFileException(file, "permission denied");
		}
		catch (IOException ex) {
			throw new UnreadableFileException(file, String.valueOf(ex.getMessage()));
		}
		var text = utf8(file, bytes);
		if (text.isBlank()) {
			throw new UnreadableFileException(file, "it is empty");
		}
		return text;
	}

	// Strict: a lenient decoding would hand the JSON reader replacement characters and a puzzling syntax error.
	private static String utf8(Path file, byte[] bytes) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw notText(file);
		}
		if (text.indexOf('\0') >= 0) {
			throw notText(file);
		}
		// Some editors start UTF-8 files with a byte order mark, which is no JSON.
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static UnreadableFileException notText(Path file) {
		return new UnreadableFileException(file, "it is not text; a problem file is JSON in UTF-8");
	}

	/** A file that cannot be a problem file; the message is one sentence naming it. */
	public static final class UnreadableFileException extends RuntimeException {

		UnreadableFileException(Path file, String problem) {
			super("Cannot read %s: %s.".formatted(file, problem));
		}

	}

}
