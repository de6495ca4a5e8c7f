package fr.mosaic.dashboard.ui;

import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;
import java.util.function.DoubleConsumer;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;

/** Brings a background analysis' progress and result back to the screen that started it, through its UI's lock. */
final class Background {

	private Background() {
	}

	/** Tells the screen the share of the work done. */
	static DoubleConsumer progress(UI ui, DoubleConsumer shown) {
		return share -> access(ui, () -> shown.accept(share));
	}

	/**
	 * Hands the result, or the error, to the screen once the work ends.
	 *
	 * @return what ends once the screen was handed the outcome (or had left)
	 */
	static <T> CompletableFuture<Void> whenDone(CompletableFuture<T> work, UI ui,
			BiConsumer<@Nullable T, @Nullable Throwable> done) {
		return work.handle((result, error) -> {
			access(ui, () -> done.accept(result, error));
			return null;
		});
	}

	/** The message of the error's first cause, which says what went wrong rather than where. */
	static String message(@Nullable Throwable error) {
		if (error == null) {
			return "";
		}
		Throwable root = error;
		while (root.getCause() != null) {
			root = root.getCause();
		}
		return String.valueOf(root.getMessage());
	}

	// a result that arrives once the screen is closed has no one to show it to
	private static void access(UI ui, Runnable command) {
		try {
			ui.access(command::run);
		} catch (UIDetachedException ex) {
			// nothing to do: the coordinator left the screen
		}
	}

}
