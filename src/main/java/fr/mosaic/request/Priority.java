package fr.mosaic.request;

/** Contracted hours are covered before extra ones. */
public enum Priority {

	CONTRACTED, EXTRA

}
