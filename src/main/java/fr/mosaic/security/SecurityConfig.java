package fr.mosaic.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;

import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.RequestMatcher;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import fr.mosaic.base.ApiErrors;
import fr.mosaic.security.ui.LoginView;

/** Web only: the command-line tools start the application without a web server and need no login. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableWebSecurity
class SecurityConfig {

	/**
	 * The REST API is for scripts: HTTP Basic, no session, no CSRF token, coordinators only; refusals get the API's
	 * JSON error body. An error the server renders at {@code /error} for an API request stays in this chain: the
	 * screens' chain would refuse it for want of a login.
	 */
	@Bean
	@Order(1)
	SecurityFilterChain apiFilterChain(HttpSecurity http, ApiErrors errors) throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Mosaic\"");
			errors.send(request, response, HttpStatus.UNAUTHORIZED, "api.error.unauthenticated");
		};
		RequestMatcher apiErrorPage = request -> request.getDispatcherType() == DispatcherType.ERROR
				&& request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String uri
				&& ApiErrors.isApi(uri);
		return http
				.securityMatchers(matchers -> matchers.requestMatchers(ApiErrors.PATH_PREFIX + "**")
						.requestMatchers(apiErrorPage))
				.authorizeHttpRequests(requests -> requests.dispatcherTypeMatchers(DispatcherType.ERROR).permitAll()
						.anyRequest().hasRole(AppRoles.COORDINATOR))
				.httpBasic(httpBasic -> httpBasic.authenticationEntryPoint(unauthorized))
				.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(unauthorized)
						.accessDeniedHandler((request, response, ex) -> errors.send(request, response,
								HttpStatus.FORBIDDEN, "api.error.forbidden")))
				.csrf(csrf -> csrf.disable())
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)).build();
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
