package fr.mosaic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;
import org.springframework.modulith.docs.Documenter.Options;

/**
 * Feature packages stay modules: no cycles, no reaching into another feature's internals, no dependency a module has
 * not declared in its {@code allowedDependencies}. Writes the module documentation checked in under
 * {@code docs/modules}, so a change to the module graph shows in the same commit.
 */
class ModularityTests {

	static final ApplicationModules MODULES = ApplicationModules.of(MosaicApplication.class);

	/** Relative to the project directory, where Maven runs the tests; emptied and written again on each run. */
	static final Path DOCUMENTATION = Path.of("docs", "modules");

	@Test
	void featuresRespectModuleBoundaries() {
		MODULES.verify();
	}

	@Test
	void writesModuleDocumentation() throws IOException {
		new Documenter(MODULES, Options.defaults().withOutputFolder(DOCUMENTATION.toString())).writeDocumentation();
		try (var files = Files.list(DOCUMENTATION)) {
			for (var diagram : files.filter(file -> file.toString().endsWith(".puml")).toList()) {
				Files.write(diagram, withSortedRelationships(Files.readAllLines(diagram)));
			}
		}
	}

	// The Documenter lists a diagram's relationships in no fixed order; sorted, the checked-in diagrams change only
	// when the module graph does.
	private static List<String> withSortedRelationships(List<String> lines) {
		var sorted = new ArrayList<String>();
		var relationships = new ArrayList<String>();
		for (var line : lines) {
			if (line.startsWith("Rel(")) {
				relationships.add(line);
				continue;
			}
			relationships.sort(null);
			sorted.addAll(relationships);
			relationships.clear();
			sorted.add(line);
		}
		relationships.sort(null);
		sorted.addAll(relationships);
		return sorted;
	}

}
