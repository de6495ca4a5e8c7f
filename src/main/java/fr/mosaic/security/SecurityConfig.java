package fr.mosaic.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import fr.mosaic.security.ui.LoginView;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;

/** Web only: the command-line tools start the application without a web server and need no login. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableWebSecurity
// JSR-250 method security off: it would wrap every view and layout carrying @RolesAllowed or @PermitAll in a
// CGLIB proxy, which fails on final classes and breaks components; Vaadin checks those annotations on navigation.
// Service methods use @PreAuthorize for their scoping.
@EnableMethodSecurity
class SecurityConfig {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		return http.with(VaadinSecurityConfigurer.vaadin(), configurer -> configurer.loginView(LoginView.class))
			.build();
	}

	/** Runs before demo data so the password shows even on a first start that also seeds the week. */
	@Bean
	@Order(0)
	ApplicationRunner firstCoordinator(UserAccountService accounts, SecurityProperties properties) {
		return args -> accounts.createFirstCoordinator(properties.coordinatorUsername());
	}

}
