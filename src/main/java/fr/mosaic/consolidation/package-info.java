/**
 * Consolidation what-ifs: hiring scenarios, contract amendments that pay and what a member's departure costs, each
 * computed by solving copies of a week, never changing its plan or the register, and stored for the coordinator.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "base", "base :: ui", "interchange", "planning", "security" })
package fr.mosaic.consolidation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
