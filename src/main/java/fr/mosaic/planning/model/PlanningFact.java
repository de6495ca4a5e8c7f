package fr.mosaic.planning.model;

import ai.timefold.solver.core.api.domain.lookup.PlanningId;

/**
 * A problem fact of the solver's model, known by its id: two facts of one class with the same id are the same fact. The
 * solver looks facts up by this id when it rebases moves.
 */
public abstract class PlanningFact {

	@PlanningId
	private final String id;

	protected PlanningFact(String id) {
		this.id = id;
	}

	public String getId() {
		return id;
	}

	@Override
	public final boolean equals(Object o) {
		return o != null && o.getClass() == getClass() && id.equals(((PlanningFact) o).id);
	}

	@Override
	public final int hashCode() {
		return id.hashCode();
	}

	@Override
	public String toString() {
		return id;
	}

}
