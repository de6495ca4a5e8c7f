package fr.mosaic.account;

import java.util.Objects;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.mosaic.base.ReferenceCheck;
import fr.mosaic.member.Member;
import fr.mosaic.security.UserAccountService;
import fr.mosaic.worker.Worker;

/** A member's account speaks for its member employer, a worker's is the worker's: neither can be deleted under it. */
@Configuration(proxyBeanMethods = false)
class AccountReferenceChecks {

	private static final String KEY = "account.reference.accounts";

	@Bean
	ReferenceCheck<Member> accountsOfMember(UserAccountService accounts) {
		return member -> ReferenceCheck.counted(KEY,
				accounts.countBoundToMember(Objects.requireNonNull(member.getId())));
	}

	@Bean
	ReferenceCheck<Worker> accountsOfWorker(UserAccountService accounts) {
		return worker -> ReferenceCheck.counted(KEY,
				accounts.countBoundToWorker(Objects.requireNonNull(worker.getId())));
	}

}
