package fr.mosaic.weekplan;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.mosaic.request.PublishedWeeks;

/** Tells requests which weeks members hold as published: published now, or reopened for correction since. */
@Configuration(proxyBeanMethods = false)
class PublishedWeeksOfPlans {

	@Bean
	PublishedWeeks publishedWeeks(WeekPlanRepository plans) {
		return weekStart -> plans.findByWeekStart(weekStart)
				.map(plan -> plan.getState() == WeekPlanState.PUBLISHED || plan.isReopened()).orElse(false);
	}

}
