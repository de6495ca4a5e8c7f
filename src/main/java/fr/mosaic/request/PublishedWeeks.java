package fr.mosaic.request;

import java.time.LocalDate;

/**
 * Whether members already hold a week's plan: it is published, or reopened for correction after being published. Its
 * requests then change only through the coordinator ({@link ChangeRequest}). Told by the week plans, which depend on
 * requests, so requests ask through this interface.
 */
@FunctionalInterface
public interface PublishedWeeks {

	boolean isPublished(LocalDate weekStart);

}
