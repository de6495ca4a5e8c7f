package fr.mosaic.planning.model;

import java.util.Arrays;

/** A place of work; travel minutes to every other site are precomputed once by the mapper. */
public class PlanningSite extends PlanningFact {

	// Index into every site's travel row, so a travel lookup is one array access while solving.
	private final int index;

	private int[] travelMinutes = new int[0];

	public PlanningSite(String id, int index) {
		super(id);
		this.index = index;
	}

	public int getIndex() {
		return index;
	}

	/** Travel minutes from this site to {@code other}, 0 for the same site. */
	public int travelTo(PlanningSite other) {
		return other == this ? 0 : travelMinutes[other.index];
	}

	public void setTravelMinutes(int[] travelMinutes) {
		this.travelMinutes = Arrays.copyOf(travelMinutes, travelMinutes.length);
	}

}
