package fr.mosaic.security;

/**
 * An account's e-mail address replaced by another one, by its owner or by the coordinator; published within the
 * change's transaction, so that what listens changes with it or not at all. Setting a first address or clearing one is
 * no such change.
 */
public record EmailChanged(String before, String after) {
}
