package fr.mosaic.base;

import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** What every REST endpoint shares: the caller's language, and one error body also for what {@code /error} renders. */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

	/** From Accept-Language among the bundles' languages; French, the root bundle, when none of them is asked for. */
	@Bean
	LocaleResolver localeResolver() {
		var resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(Translations.LOCALES);
		resolver.setDefaultLocale(Locale.FRENCH);
		return resolver;
	}

	/**
	 * An error raised outside the API's controllers (the firewall refusing a URL, say) is rendered at {@code /error};
	 * for an API path it gets the API's body, other paths keep Spring Boot's.
	 */
	@Bean
	DefaultErrorAttributes errorAttributes(ApiErrors errors, JsonMapper json) {
		return new DefaultErrorAttributes() {

			@Override
			public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
				var attributes = super.getErrorAttributes(request, options);
				if (!(attributes.get("path") instanceof String path) || !ApiErrors.isApi(path)
						|| !(attributes.get("status") instanceof Integer status)
						|| !(request instanceof NativeWebRequest web
								&& web.getNativeRequest() instanceof HttpServletRequest servletRequest)) {
					return attributes;
				}
				var body = errors.body(servletRequest, path, HttpStatusCode.valueOf(status), "api.error.status",
						status);
				return json.convertValue(body, new TypeReference<Map<String, Object>>() {
				});
			}

		};
	}

}
