package fr.mosaic.transfer;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What importing a problem file would change, read before anything is stored: the register's entries it adds or changes
 * by id, and the week's requests it brings, which replace the week's requests and draft.
 *
 * @param requests the week's requests in the file
 * @param shifts the shifts of those requests
 * @param changes the group's settings, then skills, members, sites and workers in the file's order; empty when the file
 *        only brings the week's requests
 */
public record ImportPreview(LocalDate weekStart, int requests, int shifts, List<RegisterChange> changes) {

	public ImportPreview {
		changes = List.copyOf(changes);
	}

	/** The entries the file adds to the register. */
	public long added() {
		return changes.stream().filter(RegisterChange::added).count();
	}

	/** The entries of the register the file changes. */
	public long changed() {
		return changes.size() - added();
	}

	/** What an entry of the register is. */
	public enum Entry {

		SETTINGS, SKILL, MEMBER, SITE, WORKER

	}

	/** What of an entry a file changes. */
	public enum Field {

		NAME, TIME_ZONE, TRAVEL, LOCATION, EXCLUDED_WORKERS, CONTRACT, MAX_MINUTES, PART_TIME, SKILLS, HOME, AVAILABILITY, UNAVAILABILITY, PREFERRED_MEMBERS, EXCLUDED_MEMBERS, CONTRACT_MEMBERS, CONTRACT_SITES, CONTRACT_AMENDED_ON

	}

	/**
	 * One entry of the register the file adds or changes.
	 *
	 * @param code its id, in the file and the register; empty for the settings
	 * @param name its name in the file; empty for the settings
	 * @param previousName its name in the register when the file renames it, else null
	 * @param member for a site, the name of its member in the file; else null
	 * @param added whether the register has no entry of that id yet; an added entry has no fields
	 * @param fields what the file changes of an entry already in the register, in the order of {@link Field}
	 * @param publishedWeeks for a worker the file changes, the Mondays of the published weeks, from the current one on,
	 *        where they hold a shift: those weeks may no longer fit
	 */
	public record RegisterChange(Entry entry, String code, String name, @Nullable String previousName,
			@Nullable String member, boolean added, List<Field> fields, List<LocalDate> publishedWeeks) {

		public RegisterChange {
			fields = fields.stream().sorted().toList();
			publishedWeeks = List.copyOf(publishedWeeks);
		}

	}

}
