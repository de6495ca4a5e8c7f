package fr.mosaic.planning.validation;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What the rules need to know of one worker, looked up once: availability and unavailability as minute intervals from
 * the start of the week, the weekly limit that applies, and the members and places of work (site ids) their contract
 * names (null: every one).
 */
record WorkerFacts(String id, Set<String> skills, Set<String> excludedMembers, @Nullable Set<String> contractMembers,
		@Nullable Set<String> contractSites, int @Nullable [] available, int[] unavailable, int weeklyLimit,
		boolean partTime) {
}
