package fr.mosaic.interchange;

import java.util.ArrayList;
import java.util.List;

/**
 * How big a problem may be, so that no file or API request makes the solver allocate without bound: a count of
 * 2,147,483,647 would otherwise become as many shifts. Chosen from the XL benchmark instance (8,734 shifts, at most 4
 * per request and 5 windows per request, 1,000 workers, about 480 sites, 3.3 MB of JSON) with room to spare; the
 * solver's memory grows with shifts times workers and with sites squared. Checked on the document as read, before
 * anything is expanded, by the reader that the API, the command line and the UI import share: the limits of one list
 * are constraints of {@link ProblemDocument}, the totals over several lists are checked here.
 */
public final class ProblemLimits {

	/**
	 * Shifts one request may ask for: two a day. The request register allows no more, so every week can be exported.
	 */
	public static final int SHIFTS_PER_REQUEST = 14;

	/** Shifts of all requests together. */
	public static final int SHIFTS = 20_000;

	public static final int WORKERS = 2_500;

	/** Sites of all members together. */
	public static final int SITES = 2_000;

	public static final int WINDOWS_PER_REQUEST = 50;

	/** Size of a problem file or API request body, in bytes (16 MiB). */
	public static final int DOCUMENT_BYTES = 16 * 1024 * 1024;

	private ProblemLimits() {
	}

	/** One error for each total the problem is over, naming its JSON path, its size and the limit. */
	static List<ProblemError> check(ProblemDocument problem) {
		var errors = new ArrayList<ProblemError>();
		var shifts = problem.requests().stream().map(ProblemDocument.Request::count)
				.mapToLong(count -> count == null ? 0 : Math.max(0, count)).sum();
		if (shifts > SHIFTS) {
			errors.add(ProblemError.of("$.requests", "tooManyShifts", shifts, SHIFTS));
		}
		var sites = problem.members().stream().mapToInt(member -> member.sites().size()).sum();
		if (sites > SITES) {
			errors.add(ProblemError.of("$.members", "tooManySites", sites, SITES));
		}
		return errors;
	}

}
