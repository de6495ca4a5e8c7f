package fr.mosaic.base.ui;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import fr.mosaic.base.ReferenceCheck.InUseException;
import jakarta.validation.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Runs a save or delete and turns the refusals a coordinator can act on into a message: data still in use, a
 * concurrent change, a duplicate id, an invalid entity. Anything else is a bug and goes to the error handler.
 */
public final class ServiceCalls {

	private ServiceCalls() {
	}

	/**
	 * @param conflictKey the message shown when someone else changed the same record meanwhile
	 * @return whether the call went through
	 */
	public static boolean attempt(Component source, String conflictKey, Runnable call) {
		try {
			call.run();
			return true;
		}
		catch (InUseException ex) {
			var references = ex.references()
				.stream()
				.map(reference -> source.getTranslation(reference.key(), reference.count()))
				.collect(Collectors.joining(", "));
			error(source.getTranslation("base.delete.inUse", references));
		}
		catch (OptimisticLockingFailureException ex) {
			// ObjectOptimisticLockingFailureException is a subclass: a stale version, or the row deleted meanwhile
			error(source.getTranslation(conflictKey));
		}
		catch (DataIntegrityViolationException ex) {
			error(source.getTranslation("base.save.duplicate"));
		}
		catch (ConstraintViolationException ex) {
			var messages = ex.getConstraintViolations()
				.stream()
				.map(violation -> violation.getMessage())
				.sorted()
				.collect(Collectors.joining(" "));
			error(source.getTranslation("base.save.invalid", messages));
		}
		return false;
	}

	public static void success(String message) {
		Notification.show(message, 3000, Notification.Position.BOTTOM_START)
			.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
	}

	public static void error(String message) {
		var notification = Notification.show(message, 8000, Notification.Position.MIDDLE);
		notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
	}

}
