package fr.mosaic.worker;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.mosaic.base.ReferenceCheck;
import fr.mosaic.member.Member;

/** Workers refer to members (preferences, exclusions, contracts) and to skills. */
@Configuration(proxyBeanMethods = false)
class WorkerReferenceChecks {

	@Bean
	ReferenceCheck<Member> workersReferringToMember(WorkerRepository workers) {
		return member -> ReferenceCheck.counted("worker.reference.workers", workers
				.countByPreferredMembersContainsOrExcludedMembersContainsOrExcludedByMembersContainsOrContractMembersContains(
						member, member, member, member));
	}

	@Bean
	ReferenceCheck<Skill> workersWithSkill(WorkerRepository workers) {
		return skill -> ReferenceCheck.counted("worker.reference.workers", workers.countBySkillsContains(skill));
	}

}
