package fr.mosaic;

import java.sql.Connection;
import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Empties the register between tests that compare whole exports; tests share one database per JVM, as the application
 * does. Settings and coordinators' accounts stay; members' and workers' go with what they speak for.
 */
public final class DatabaseCleaner {

	private static final String[] TABLES = { "planned_shift", "published_shift", "week_plan", "work_history",
			"request_window", "request", "recurring_request_window", "recurring_request", "worker_skill",
			"worker_availability", "worker_unavailability", "worker_preferred_member", "worker_excluded_member",
			"worker_contract_member", "worker_contract_site", "member_excluded_worker", "change_request",
			"calendar_feed", "worker", "skill", "travel_override", "site", "member", "notice", "what_if_analysis" };

	private DatabaseCleaner() {
	}

	public static void clean(DataSource dataSource) {
		var jdbc = new JdbcTemplate(dataSource);
		jdbc.execute((Connection connection) -> {
			try (var statement = connection.createStatement()) {
				statement.execute("DELETE FROM user_account WHERE member_id IS NOT NULL OR worker_id IS NOT NULL");
				statement.execute("SET FOREIGN_KEY_CHECKS = 0");
				for (var table : TABLES) {
					statement.execute("TRUNCATE TABLE " + table);
				}
				statement.execute("SET FOREIGN_KEY_CHECKS = 1");
			}
			return null;
		});
	}

}
