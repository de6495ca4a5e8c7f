package fr.mosaic.security;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * Services check {@code @PreAuthorize} in every application context, the command line's included: there the caller runs
 * its work through {@link SystemAccess}. JSR-250 stays off: it would wrap every view and layout carrying
 * {@code @RolesAllowed} or {@code @PermitAll} in a CGLIB proxy, which fails on final classes and breaks components;
 * Vaadin checks those annotations on navigation.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class MethodSecurityConfig {

}
