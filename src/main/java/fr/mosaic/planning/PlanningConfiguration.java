package fr.mosaic.planning;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import ai.timefold.solver.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import ai.timefold.solver.core.api.solver.SolutionManager;
import ai.timefold.solver.core.api.solver.SolverFactory;
import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import fr.mosaic.planning.model.WeekPlanSolution;

/**
 * Timefold's beans, declared by hand: the 1.32 Spring Boot starter does not run on Boot 4. Scheduling releases the
 * results of ended jobs.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class PlanningConfiguration {

	@Bean
	BySize<SolverFactory<WeekPlanSolution>> solverFactories() {
		return WeekSolver.solverFactoriesFromClasspath();
	}

	// One manager per size of week, each with its own configuration: a small week never waits behind a large one.
	@Bean(destroyMethod = "close")
	BySize<SolverManager<WeekPlanSolution, String>> solverManagers(
			BySize<SolverFactory<WeekPlanSolution>> solverFactories, PlanningProperties properties) {
		return solverFactories.map(factory -> SolverManager.create(factory,
				new SolverManagerConfig().withParallelSolverCount(properties.parallelSolvers())));
	}

	@Bean
	SolvingJobs solvingJobs(BySize<SolverManager<WeekPlanSolution, String>> solverManagers, Clock clock,
			PlanningProperties properties, ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
		// the strategy method security reads, Vaadin's in the web application
		return new SolvingJobs(solverManagers, clock, properties.jobRetention(), properties::unimprovedLimit,
				securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
	}

	@Bean
	SolutionManager<WeekPlanSolution, HardMediumSoftLongScore> solutionManager(
			BySize<SolverFactory<WeekPlanSolution>> solverFactories) {
		// the scoring is the same for every size
		return SolutionManager.create(solverFactories.largerWeeks());
	}

	@Bean
	WeekPlanSolutionMapper weekPlanSolutionMapper(PlanningProperties properties) {
		return new WeekPlanSolutionMapper(properties.weights());
	}

	@Bean
	WeekSolver weekSolver(BySize<SolverFactory<WeekPlanSolution>> solverFactories, WeekPlanSolutionMapper mapper) {
		return new WeekSolver(solverFactories, mapper);
	}

}
