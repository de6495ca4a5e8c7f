package fr.mosaic;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * For a test class that starts an application context of its own (its own properties or beans): Vaadin installs its
 * security context strategy JVM-wide as a context starts, so the classes run after it in the shared context would read
 * their logins from this one's strategy and find none. Puts back the strategy found before the class. Declare it before
 * {@code @SpringBootTest}.
 */
public class OwnApplicationContext implements TestInstancePreConstructCallback, AfterAllCallback {

	private static final Map<Class<?>, SecurityContextHolderStrategy> BEFORE = new ConcurrentHashMap<>();

	@Override
	public void preConstructTestInstance(TestInstanceFactoryContext factory, ExtensionContext context) {
		// before the instance, so before Spring loads the class's context into it
		BEFORE.putIfAbsent(factory.getTestClass(), SecurityContextHolder.getContextHolderStrategy());
	}

	@Override
	public void afterAll(ExtensionContext context) {
		var strategy = BEFORE.remove(context.getRequiredTestClass());
		if (strategy != null) {
			SecurityContextHolder.setContextHolderStrategy(strategy);
		}
	}

}
