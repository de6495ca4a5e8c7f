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
	SolverFactory<WeekPlanSolution> solverFactory() {
		return WeekSolver.solverFactoryFromClasspath();
	}

	@Bean(destroyMethod = "close")
	SolverManager<WeekPlanSolution, String> solverManager(SolverFactory<WeekPlanSolution> solverFactory,
			PlanningProperties properties) {
		return SolverManager.create(solverFactory,
				new SolverManagerConfig().withParallelSolverCount(properties.parallelSolvers()));
	}

	@Bean
	SolvingJobs solvingJobs(SolverManager<WeekPlanSolution, String> solverManager, Clock clock,
			PlanningProperties properties, ObjectProvider<SecurityContextHolderStrategy> securityContexts) {
		// the strategy method security reads, Vaadin's in the web application
		return new SolvingJobs(solverManager, clock, properties.jobRetention(), properties::unimprovedLimit,
				securityContexts.getIfAvailable(SecurityContextHolder::getContextHolderStrategy));
	}

	@Bean
	SolutionManager<WeekPlanSolution, HardMediumSoftLongScore> solutionManager(
			SolverFactory<WeekPlanSolution> solverFactory) {
		return SolutionManager.create(solverFactory);
	}

	@Bean
	WeekPlanSolutionMapper weekPlanSolutionMapper(PlanningProperties properties) {
		return new WeekPlanSolutionMapper(properties.weights());
	}

	@Bean
	WeekSolver weekSolver(SolverFactory<WeekPlanSolution> solverFactory, WeekPlanSolutionMapper mapper) {
		return new WeekSolver(solverFactory, mapper);
	}

}
