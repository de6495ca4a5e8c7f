package fr.mosaic.consolidation;

/** Hears how far an analysis is: which of its weeks is under way, and solves done out of solves to do. */
@FunctionalInterface
public interface Progress {

	Progress NONE = (done, total) -> {
	};

	/** Solves done out of solves to do, counted over all the analysis' weeks. */
	void solved(int done, int total);

	/** Week {@code number} (1 for the oldest) of {@code count} is under way. */
	default void week(int number, int count) {
	}

}
