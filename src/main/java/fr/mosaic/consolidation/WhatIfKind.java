package fr.mosaic.consolidation;

/** The three what-ifs, each with the type its result is stored as. */
public enum WhatIfKind {

	HIRING(HiringScenarios.Result.class), AMENDMENTS(Amendments.Result.class), DEPARTURE(Departure.Result.class);

	final Class<? extends WhatIfResult> resultType;

	WhatIfKind(Class<? extends WhatIfResult> resultType) {
		this.resultType = resultType;
	}

}
