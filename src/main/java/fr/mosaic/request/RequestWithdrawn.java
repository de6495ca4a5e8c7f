package fr.mosaic.request;

/**
 * A member withdraws a request of a week not yet published. Raised inside the withdrawing transaction, before the
 * request is deleted, so that a draft plan of the week can drop the request's shifts: a draft is the coordinator's work
 * in progress, which does not hold the member to its request.
 *
 * @param requestId the request about to be deleted
 */
public record RequestWithdrawn(long requestId) {
}
