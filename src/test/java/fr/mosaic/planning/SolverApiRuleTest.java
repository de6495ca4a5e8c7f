package fr.mosaic.planning;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.equivalentTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;

import ai.timefold.solver.core.impl.heuristic.move.AbstractSimplifiedMove;
import ai.timefold.solver.core.impl.heuristic.move.Move;
import ai.timefold.solver.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import ai.timefold.solver.core.impl.heuristic.selector.move.factory.MoveIteratorFactory;
import ai.timefold.solver.core.impl.solver.DefaultSolver;

/**
 * The application uses Timefold through its public API only, so that a minor release cannot break it: the
 * implementation ({@code ai.timefold.solver.core.impl}) changes without notice. The exceptions are what a solver
 * configuration's plug-ins must implement, which 1.32 offers nowhere else: {@link SelectionFilter} for a
 * {@code filterClass}, and {@link MoveIteratorFactory} with {@link Move} and {@link AbstractSimplifiedMove} for a
 * custom move (the ejection chains).
 */
class SolverApiRuleTest {

	static final ArchRule ONLY_THE_PUBLIC_SOLVER_API = noClasses().should()
			.dependOnClassesThat(resideInAPackage("ai.timefold.solver.core.impl..")
					.and(not(equivalentTo(SelectionFilter.class))).and(not(equivalentTo(MoveIteratorFactory.class)))
					.and(not(equivalentTo(Move.class))).and(not(equivalentTo(AbstractSimplifiedMove.class))))
			.as("no main code depends on Timefold's implementation").because(
					"SolverManager, SolverJob and SolutionManager are the public route, the configuration's plug-ins excepted");

	@Test
	void mainCodeUsesOnlyThePublicSolverApi() {
		var main = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
				.importPackages("fr.mosaic");
		assertThat(main.contain(WeekSolver.class)).as("main code is checked").isTrue();
		assertThat(main.contain(SolverApiRuleTest.class)).as("test code is not").isFalse();

		ONLY_THE_PUBLIC_SOLVER_API.check(main);
	}

	@Test
	void aStrayImplementationClassIsReported() {
		var result = ONLY_THE_PUBLIC_SOLVER_API
				.evaluate(new ClassFileImporter().importClasses(StrayImplementationUse.class));

		assertThat(result.hasViolation()).isTrue();
		assertThat(result.getFailureReport().getDetails())
				.allMatch(line -> line.contains(DefaultSolver.class.getName()));
	}

	/** A fixture, left out of the real check: reads the move speed from the solver's implementation. */
	static class StrayImplementationUse {

		long moveSpeed(DefaultSolver<?> solver) {
			return solver.getMoveEvaluationSpeed();
		}

	}

}
