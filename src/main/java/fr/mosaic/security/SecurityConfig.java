package fr.mosaic.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletResponse;
import fr.mosaic.security.ui.LoginView;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.AuthenticationEntryPoint;

/** Web only: the command-line tools start the application without a web server and need no login. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableWebSecurity
// JSR-250 method security off: it would wrap every view and layout carrying @RolesAllowed or @PermitAll in a
// CGLIB proxy, which fails on final classes and breaks components; Vaadin checks those annotations on navigation.
// Service methods use @PreAuthorize for their scoping.
@EnableMethodSecurity
class SecurityConfig {

	/** The REST API is for scripts: HTTP Basic, no session, no CSRF token, coordinators only. */
	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http) throws Exception {
		// Statuses are set, not sent as errors: an error dispatch would reach the UI chain and redirect to login.
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Mosaic\"");
			response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
		};
		return http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests.anyRequest().hasRole(AppRoles.COORDINATOR))
			.httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(unauthorized))
			.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler((request, response, ex) -> response.setStatus(HttpServletResponse.SC_FORBIDDEN)))
			.csrf(csrf -> csrf.disable())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.build();
	}

	@Bean
	@Order(2)
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
