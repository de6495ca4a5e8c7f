package fr.mosaic.consolidation;

/** Hears how far an analysis is: solves done out of solves to do. */
@FunctionalInterface
public interface Progress {

	Progress NONE = (done, total) -> {
	};

	void solved(int done, int total);

}
