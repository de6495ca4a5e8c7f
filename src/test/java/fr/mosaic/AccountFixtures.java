package fr.mosaic;

import org.springframework.stereotype.Component;

import fr.mosaic.member.MemberService;
import fr.mosaic.security.NewAccount;
import fr.mosaic.security.SystemAccess;
import fr.mosaic.security.UserAccountService;
import fr.mosaic.worker.WorkerService;

/**
 * Members' and workers' accounts as tests need them, bound to a member or worker of the register, created once per JVM
 * whatever test asks first (a test then logs in as the account's name, with {@code @WithMockUser}). Found by component
 * scanning from the test classpath.
 */
@Component
public class AccountFixtures {

	private final SystemAccess systemAccess;

	private final UserAccountService accounts;

	private final MemberService members;

	private final WorkerService workers;

	AccountFixtures(SystemAccess systemAccess, UserAccountService accounts, MemberService members,
			WorkerService workers) {
		this.systemAccess = systemAccess;
		this.accounts = accounts;
		this.members = members;
		this.workers = workers;
	}

	/** The id of the member coded {@code code}, whose account is {@code username}; both made if missing. */
	public long member(String username, String code) {
		return systemAccess.call(() -> {
			var member = members.findByCode(code).orElseGet(() -> members.save(RegisterFixtures.member(code, code)));
			if (absent(username)) {
				accounts.invite(NewAccount.member(username, member.getId()));
			}
			return member.getId();
		});
	}

	/** The id of the worker coded {@code code}, whose account is {@code username}; both made if missing. */
	public long worker(String username, String code) {
		return systemAccess.call(() -> {
			var worker = workers.findByCode(code).orElseGet(() -> workers.save(RegisterFixtures.worker(code, code)));
			if (absent(username)) {
				accounts.invite(NewAccount.worker(username, worker.getId()));
			}
			return worker.getId();
		});
	}

	private boolean absent(String username) {
		return accounts.findAll().stream().noneMatch(account -> account.username().equals(username));
	}

}
