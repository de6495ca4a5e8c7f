package fr.mosaic.request;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.mosaic.base.ReferenceCheck;
import fr.mosaic.member.Member;
import fr.mosaic.member.Site;
import fr.mosaic.worker.Skill;

/** Requests, one-off and recurring, refer to members, their sites and skills. */
@Configuration(proxyBeanMethods = false)
class RequestReferenceChecks {

	private static final String KEY = "request.reference.requests";

	@Bean
	ReferenceCheck<Member> requestsOfMember(RequestRepository requests, RecurringRequestRepository recurring) {
		return member -> ReferenceCheck.counted(KEY, requests.countByMember(member) + recurring.countByMember(member));
	}

	@Bean
	ReferenceCheck<Site> requestsAtSite(RequestRepository requests, RecurringRequestRepository recurring) {
		return site -> ReferenceCheck.counted(KEY, requests.countBySite(site) + recurring.countBySite(site));
	}

	@Bean
	ReferenceCheck<Skill> requestsForSkill(RequestRepository requests, RecurringRequestRepository recurring) {
		return skill -> ReferenceCheck.counted(KEY, requests.countBySkill(skill) + recurring.countBySkill(skill));
	}

}
