package fr.mosaic;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Feature packages stay modules: no cycles, no reaching into another feature's internals. */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(MosaicApplication.class);

	@Test
	void featuresRespectModuleBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
