package fr.mosaic.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The name of the coordinator account created at first start. */
@ConfigurationProperties("mosaic.security")
record SecurityProperties(@DefaultValue("coordinateur") String coordinatorUsername) {
}
