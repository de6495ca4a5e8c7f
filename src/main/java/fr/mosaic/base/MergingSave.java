package fr.mosaic.base;

/**
 * A repository fragment that stores the state of a new or detached record the way JPA's merge does: the stored copy is
 * returned and the argument is left exactly as it was. A screen's form edits such a record; if the save fails (refused
 * by the database, rolled back), the form still holds what the coordinator typed, with no id or version it never got,
 * so it can be corrected and saved again.
 */
public interface MergingSave<T> {

	/** Inserts or updates the record, its version checked, and returns the stored copy. */
	T merge(T record);

}
