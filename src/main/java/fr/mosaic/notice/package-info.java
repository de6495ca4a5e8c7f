/**
 * Notices: when a week is published, an e-mail to each worker and member of it with their week, and when a published
 * week is published again after corrections, to those whose shifts changed with what changed. Written to an outbox and
 * sent by a scheduled sender that retries, so that publishing never waits for a mail server nor fails with it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "base :: ui", "interchange", "member", "planning", "request",
		"security", "weekplan", "worker" })
package fr.mosaic.notice;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
