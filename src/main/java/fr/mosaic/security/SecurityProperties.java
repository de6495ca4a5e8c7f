package fr.mosaic.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Accounts and logins.
 *
 * @param coordinatorUsername the coordinator account created at first start
 * @param maxFailedLogins failed logins in a row that lock an account
 * @param lockDuration how long a locked account stays locked, by the clock; after it, each further failure locks it
 *        again until a login succeeds
 * @param invitationValidity how long an invitation link can be used, from its creation
 */
@ConfigurationProperties("mosaic.security")
record SecurityProperties(@DefaultValue("coordinateur") String coordinatorUsername,
		@DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("72h") Duration invitationValidity) {
}
