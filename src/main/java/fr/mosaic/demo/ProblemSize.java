package fr.mosaic.demo;

/**
 * How big a generated group is. Demand is set against the workers' total contract hours: about equal for the demo, a
 * little above it for the benchmark sizes so that coverage matters.
 */
public enum ProblemSize {

	DEMO(12, 25, 1.0, false), S(10, 20, 1.1, false), M(50, 100, 1.1, true), L(150, 300, 1.1, true), XL(1000, 400, 1.05,
			true);

	final int workers;

	final int members;

	final double demandFactor;

	/** Whether the group spreads over the wider region rather than the Lyon metropolis alone. */
	final boolean regional;

	ProblemSize(int workers, int members, double demandFactor, boolean regional) {
		this.workers = workers;
		this.members = members;
		this.demandFactor = demandFactor;
		this.regional = regional;
	}

	public int workers() {
		return workers;
	}

	public int members() {
		return members;
	}

}
