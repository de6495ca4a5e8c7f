package fr.mosaic.worker;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.mosaic.base.ReferenceCheck;
import fr.mosaic.member.Member;
import fr.mosaic.member.Site;

/** Workers refer to members (preferences, exclusions, contracts), to sites (contracts) and to skills. */
@Configuration(proxyBeanMethods = false)
class WorkerReferenceChecks {

	@Bean
	ReferenceCheck<Member> workersReferringToMember(WorkerRepository workers) {
		return member -> ReferenceCheck.counted("worker.reference.workers", workers
				.countByPreferredMembersContainsOrExcludedMembersContainsOrExcludedByMembersContainsOrContractMembersContains(
						member, member, member, member));
	}

	@Bean
	ReferenceCheck<Site> workersContractedAtSite(WorkerRepository workers) {
		return site -> ReferenceCheck.counted("worker.reference.workers", workers.countByContractSitesContains(site));
	}

	@Bean
	ReferenceCheck<Skill> workersWithSkill(WorkerRepository workers) {
		return skill -> ReferenceCheck.counted("worker.reference.workers", workers.countBySkillsContains(skill));
	}

}
