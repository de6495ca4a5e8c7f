package fr.mosaic.security;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;

import fr.mosaic.base.ApiErrors;
import fr.mosaic.security.ui.LoginView;

/** Web only: the command-line tools start the application without a web server and need no login. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@EnableWebSecurity
class SecurityConfig {

	/**
	 * A worker's calendar feed ({@code /calendar/{token}.ics}) is read by a phone's calendar, which cannot log in: its
	 * secret token is the credential, checked by the feed itself. Only that path and only GET are let through without
	 * login; no session is made.
	 */
	@Bean
	@Order(0)
	SecurityFilterChain calendarFeedFilterChain(HttpSecurity http) throws Exception {
		return headers(http).securityMatcher(CALENDAR_FEEDS)
				.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET, CALENDAR_FEEDS).permitAll()
						.anyRequest().denyAll())
				// any other method is refused as such, not sent to the login form
				.exceptionHandling(exceptions -> exceptions
						.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.METHOD_NOT_ALLOWED)))
				.csrf(csrf -> csrf.disable()).requestCache(cache -> cache.disable())
				.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)).build();
	}

	/** The calendar feeds' addresses, as {@code fr.mosaic.portal} serves them. */
	static final String CALENDAR_FEEDS = "/calendar/*.ics";

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
		return headers(http)
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

	/**
	 * The screens: Vaadin's login form and navigation access control; a member or worker who opens the root (where the
	 * login sends everyone) is sent on to their own home. Vaadin exempts its login path from Spring's CSRF check; here
	 * only Vaadin's own requests are exempt (they carry Vaadin's security key), so the login form must send its token,
	 * which Vaadin's form takes from the page.
	 */
	@Bean
	@Order(2)
	SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests,
			ObjectProvider<SecurityContextHolderStrategy> securityContexts, UserAccountRepository accounts)
			throws Exception {
		return headers(http)
				.with(VaadinSecurityConfigurer.vaadin(),
						configurer -> configurer.loginView(LoginView.class).enableCsrfConfiguration(false)
								.logoutSuccessHandler(new LogoutLanding(accounts)))
				.csrf(csrf -> csrf.ignoringRequestMatchers(vaadinRequests::isFrameworkInternalRequest))
				.addFilterBefore(new PushOriginHiding(), CsrfFilter.class)
				.addFilterAfter(
						new RoleHomeRedirect(
								securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy)),
						AuthorizationFilter.class)
				.build();
	}

	/**
	 * What every response tells the browser, beyond Spring Security's defaults (nosniff, no framing, no caching, HSTS
	 * over HTTPS): a Content-Security-Policy as strict as Vaadin Flow allows, whose client engine needs inline scripts,
	 * {@code eval} and inline styles (Vaadin's "Content Security Policy" page) but nothing from another origin; and no
	 * referrer, so that an invitation link's token never leaves with one. Written before the request goes on: Vaadin
	 * writes its pages without letting Spring add headers at the end.
	 */
	static HttpSecurity headers(HttpSecurity http) throws Exception {
		return http
				.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
						.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
						.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {

							@Override
							public <O extends HeaderWriterFilter> O postProcess(O filter) {
								filter.setShouldWriteHeadersEagerly(true);
								return filter;
							}

						}));
	}

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/**
	 * Hides the {@code Origin} of push requests from Atmosphere, which Vaadin sets up to answer any origin with that
	 * origin and {@code Access-Control-Allow-Credentials: true}: a page elsewhere could then read the push channel with
	 * the user's cookies. The application's own page is same-origin and needs no CORS header.
	 */
	static final class PushOriginHiding extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var query = request.getQueryString();
			var push = query != null && Arrays.asList(query.split("&")).contains("v-r=push");
			chain.doFilter(push ? new HttpServletRequestWrapper(request) {

				@Override
				public @Nullable String getHeader(String name) {
					return "Origin".equalsIgnoreCase(name) ? null : super.getHeader(name);
				}

				@Override
				public Enumeration<String> getHeaders(String name) {
					return "Origin".equalsIgnoreCase(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
				}

				@Override
				public Enumeration<String> getHeaderNames() {
					return Collections.enumeration(Collections.list(super.getHeaderNames()).stream()
							.filter(header -> !"Origin".equalsIgnoreCase(header)).toList());
				}

			} : request, response);
		}

	}

	/**
	 * Where a logout lands: the root, which asks for a login, as Vaadin's own handler does; but the login page saying
	 * so when the login had to change its initial password and just did, since it must log in again to get its role.
	 */
	static final class LogoutLanding extends SimpleUrlLogoutSuccessHandler {

		private final UserAccountRepository accounts;

		LogoutLanding(UserAccountRepository accounts) {
			this.accounts = accounts;
			setDefaultTargetUrl("/");
			// a logout from a screen is a Vaadin request: the page is sent on by the UI, not by an HTTP redirect
			setRedirectStrategy(new UidlRedirectStrategy());
		}

		@Override
		protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
				@Nullable Authentication authentication) {
			return passwordJustChanged(authentication)
					? "/login?" + LoginView.PASSWORD_CHANGED
					: super.determineTargetUrl(request, response, authentication);
		}

		/** A login made with an initial password, whose account no longer has to change it. */
		private boolean passwordJustChanged(@Nullable Authentication authentication) {
			return authentication != null
					&& authentication.getAuthorities().stream()
							.anyMatch(authority -> AppRoles.PASSWORD_CHANGE.equals(authority.getAuthority()))
					&& accounts.findByUsername(authentication.getName())
							.filter(account -> !account.isMustChangePassword()).isPresent();
		}

	}

	/** Sends a member or a worker who opens the application's root, the coordinator's week plan, to their own home. */
	static final class RoleHomeRedirect extends OncePerRequestFilter {

		// this application's strategy, the one its filter chain fills, not whichever one is JVM-wide
		private final SecurityContextHolderStrategy securityContexts;

		/** The query of the page Spring Security's request cache sends a user back to once logged in. */
		private static final String AFTER_LOGIN = "continue";

		RoleHomeRedirect(SecurityContextHolderStrategy securityContexts) {
			this.securityContexts = securityContexts;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			var authentication = securityContexts.getContext().getAuthentication();
			// only the page itself: Vaadin's own requests to the root (?v-r=init, ?v-r=uidl…) carry a query;
			// "?continue"
			// is where the login sends back someone who opened the root before logging in
			var query = request.getQueryString();
			if (HttpMethod.GET.matches(request.getMethod()) && (query == null || query.equals(AFTER_LOGIN))
					&& request.getRequestURI().equals(request.getContextPath() + "/") && authentication != null
					&& authentication.isAuthenticated() && !(authentication instanceof AnonymousAuthenticationToken)) {
				var home = RoleHomes.of(authentication.getAuthorities());
				if (!home.equals(RoleHomes.COORDINATOR)) {
					response.sendRedirect(request.getContextPath() + "/" + home);
					return;
				}
			}
			chain.doFilter(request, response);
		}

	}

	/** Runs before demo data so the password shows even on a first start that also seeds the week. */
	@Bean
	@Order(0)
	ApplicationRunner firstCoordinator(UserAccountService accounts, SecurityProperties properties) {
		return args -> accounts.createFirstCoordinator(properties.coordinatorUsername());
	}

}
