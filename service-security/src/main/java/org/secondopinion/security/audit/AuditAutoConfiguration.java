package org.secondopinion.security.audit;

import java.time.Clock;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.secondopinion.security.CurrentUsers;
import org.secondopinion.security.ServiceSecurityAutoConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit trail lives in the service's own database. Its table has its own Flyway history
 * ({@code flyway_history_audit}) so that it never interleaves with the service's migrations.
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
		ServiceSecurityAutoConfiguration.class })
@ConditionalOnBean(DataSource.class)
@Import(AuditController.class)
public class AuditAutoConfiguration {

	@Bean
	AuditSchema auditSchema(DataSource dataSource, ObjectProvider<FlywayMigrationInitializer> serviceMigrations) {
		// after the service's own migrations, which create its schema
		serviceMigrations.ifAvailable(initializer -> {
		});
		Flyway.configure()
			.dataSource(dataSource)
			.locations("classpath:db/audit")
			.table("flyway_history_audit")
			.baselineOnMigrate(true)
			.baselineVersion("0")
			.load()
			.migrate();
		return new AuditSchema();
	}

	@Bean
	AuditTrail auditTrail(AuditSchema schema, DataSource dataSource, CurrentUsers users, ObjectProvider<Clock> clock) {
		return new AuditTrail(JdbcClient.create(dataSource), users, clock.getIfAvailable(Clock::systemUTC));
	}

	/** Marks that the audit table exists. */
	static final class AuditSchema {
	}

}
