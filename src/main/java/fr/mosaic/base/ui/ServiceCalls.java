package fr.mosaic.base.ui;

import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolationException;

import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import fr.mosaic.base.ReferenceCheck.InUseException;
import fr.mosaic.base.RefusedException;

/**
 * Runs a save or delete and turns the refusals a coordinator can act on into a message: data still in use, a concurrent
 * change, a duplicate id, an invalid entity. Any other database error is logged and said to be one, never passed off as
 * something else; anything else is a bug and goes to the error handler.
 */
public final class ServiceCalls {

	private static final Logger log = LoggerFactory.getLogger(ServiceCalls.class);

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
		} catch (RefusedException ex) {
			refused(source, ex);
		} catch (InUseException ex) {
			var references = ex.references().stream()
					.map(reference -> source.getTranslation(reference.key(), reference.count()))
					.collect(Collectors.joining(", "));
			error(source.getTranslation("base.delete.inUse", references));
		} catch (OptimisticLockingFailureException ex) {
			// ObjectOptimisticLockingFailureException is a subclass: a stale version, or the row deleted meanwhile
			error(source.getTranslation(conflictKey));
		} catch (DataAccessException ex) {
			if (duplicateKey(ex)) {
				error(source.getTranslation("base.save.duplicate"));
			} else {
				log.error("The database refused a save or delete", ex);
				error(source.getTranslation("base.database.failed"));
			}
		} catch (ConstraintViolationException ex) {
			var messages = ex.getConstraintViolations().stream().map(violation -> violation.getMessage()).sorted()
					.collect(Collectors.joining("; "));
			error(source.getTranslation("base.save.invalid", messages));
		}
		return false;
	}

	/**
	 * Whether the database refused a value its unique key already holds: the one refusal a coordinator causes by typing
	 * (an id in use). Spring reports every integrity violation alike; Hibernate knows the constraint's kind.
	 */
	private static boolean duplicateKey(DataAccessException ex) {
		return ex instanceof DuplicateKeyException
				|| ex.getCause() instanceof org.hibernate.exception.ConstraintViolationException violation
						&& violation.getKind() == ConstraintKind.UNIQUE;
	}

	/** Shows the reason a service gave for refusing a call, in the source's language. */
	public static void refused(Component source, RefusedException ex) {
		error(source.getTranslation(ex.key(), ex.args()));
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
