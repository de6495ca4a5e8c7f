package fr.mosaic.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.server.VaadinSession;

/**
 * Waits for a screen's background work and runs what it handed to the screen: in a browserless test the test's thread
 * holds the session's lock, so the handed work waits for it.
 */
final class BackgroundWork {

	private BackgroundWork() {
	}

	static void settle(@Nullable CompletableFuture<Void> running) {
		assertThat(running).as("background work").isNotNull();
		running.join();
		var session = VaadinSession.getCurrent();
		session.getService().runPendingAccessTasks(session);
	}

}
