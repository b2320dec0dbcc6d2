package org.secondopinion.reference;

import java.util.Properties;

import javax.sql.DataSource;

import ca.uhn.fhir.batch2.jobs.config.Batch2JobsConfig;
import ca.uhn.fhir.batch2.maintenance.JobMaintenanceServiceImpl;
import ca.uhn.fhir.batch2.jobs.export.BulkDataExportProvider;
import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.IValidationSupport;
import ca.uhn.fhir.jpa.api.config.JpaStorageSettings;
import ca.uhn.fhir.jpa.api.config.ThreadPoolFactoryConfig;
import ca.uhn.fhir.jpa.api.dao.IFhirSystemDao;
import ca.uhn.fhir.jpa.batch2.JpaBatch2Config;
import ca.uhn.fhir.jpa.binary.api.IBinaryStorageSvc;
import ca.uhn.fhir.jpa.binstore.MemoryBinaryStorageSvcImpl;
import ca.uhn.fhir.jpa.config.HapiJpaConfig;
import ca.uhn.fhir.jpa.config.r4.JpaR4Config;
import ca.uhn.fhir.jpa.config.util.HapiEntityManagerFactoryUtil;
import ca.uhn.fhir.jpa.dao.FulltextSearchSvcImpl;
import ca.uhn.fhir.jpa.dao.IFulltextSearchSvc;
import ca.uhn.fhir.jpa.model.config.PartitionSettings;
import ca.uhn.fhir.jpa.model.config.SubscriptionSettings;
import ca.uhn.fhir.jpa.model.dialect.HapiFhirH2Dialect;
import ca.uhn.fhir.jpa.provider.JpaCapabilityStatementProvider;
import ca.uhn.fhir.jpa.provider.JpaSystemProvider;
import ca.uhn.fhir.jpa.provider.ValueSetOperationProvider;
import ca.uhn.fhir.jpa.search.HapiHSearchAnalysisConfigurers;
import ca.uhn.fhir.jpa.search.DatabaseBackedPagingProvider;
import ca.uhn.fhir.jpa.subscription.async.AsyncResourceModifiedProcessingSchedulerSvc;
import ca.uhn.fhir.jpa.subscription.channel.config.SubscriptionChannelConfig;
import ca.uhn.fhir.jpa.subscription.match.config.SubscriptionProcessorConfig;
import ca.uhn.fhir.jpa.subscription.match.deliver.email.IEmailSender;
import ca.uhn.fhir.jpa.subscription.submit.config.SubscriptionSubmitterConfig;
import ca.uhn.fhir.jpa.topic.SubscriptionTopicConfig;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.provider.ResourceProviderFactory;
import ca.uhn.fhir.rest.server.util.ISearchParamRegistry;
import jakarta.persistence.EntityManagerFactory;
import org.apache.commons.dbcp2.BasicDataSource;
import org.hl7.fhir.dstu2.model.Subscription.SubscriptionChannelType;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.orm.jpa.JpaTransactionManager;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * A HAPI FHIR JPA server for R4 as HAPI wires it in its own JPA tests and in its starter project: storage in H2 in
 * memory, Bulk Data {@code $export} as batch2 jobs, rest-hook subscriptions. Only what a stock server leaves to the
 * deployer is set here (database, binary storage, page sizes); the storage settings keep HAPI's defaults, among
 * them the 60 s reuse of identical search results and client-assigned alphanumeric ids.
 * <p>
 * With {@link #TERMINOLOGY_PROPERTY} set it is also a terminology server as a hospital runs HAPI for one: Hibernate
 * Search with the Lucene backend in the heap (HAPI's own test setup; the starter project keeps the same backend on the
 * filesystem) indexes the concepts of stored {@code CodeSystem}s, and {@code ValueSet/$expand} and
 * {@code $validate-code} are served next to the CodeSystem provider's {@code $lookup}, {@code $subsumes} and
 * {@code $validate-code}. Off by default: the index costs start time and every write.
 */
@Configuration
@Import({ JpaR4Config.class, HapiJpaConfig.class, JpaBatch2Config.class, Batch2JobsConfig.class,
		SubscriptionSubmitterConfig.class, SubscriptionProcessorConfig.class, SubscriptionChannelConfig.class,
		SubscriptionTopicConfig.class, ThreadPoolFactoryConfig.class })
class ReferenceServerConfig {

	/** Default page size when a search names no {@code _count}. */
	static final int DEFAULT_PAGE_SIZE = 20;

	/** The largest {@code _count} honoured: larger ones are cut to this, as a real EHR's page limit. */
	static final int MAXIMUM_PAGE_SIZE = 50;

	/** Names this server in its CapabilityStatement, so that the test launcher knows it is ours. */
	static final String IMPLEMENTATION_DESCRIPTION = "Second Opinion reference HAPI FHIR JPA server (R4)";

	/** Set to {@code true} to run as a terminology server (Hibernate Search on, ValueSet operations served). */
	static final String TERMINOLOGY_PROPERTY = "reference-fhir-server.terminology";

	static boolean terminology() {
		return Boolean.getBoolean(TERMINOLOGY_PROPERTY);
	}

	@Bean
	JpaStorageSettings storageSettings() {
		// HAPI's defaults: reuse of cached searches for 60 s, ALPHANUMERIC client ids, deletes and _history on
		JpaStorageSettings settings = new JpaStorageSettings();
		settings.setAllowExternalReferences(true);
		// A job step that produced a single work chunk goes on at once instead of at the next maintenance pass
		// (once a minute): an export of a small data set takes seconds, not minutes. Status polls still answer
		// Retry-After: 120.
		settings.setJobFastTrackingEnabled(true);
		return settings;
	}

	/** The pause between batch2 maintenance passes, in ms; HAPI's default is one minute. */
	static final String MAINTENANCE_INTERVAL_PROPERTY = "reference-fhir-server.batch-maintenance-millis";

	/**
	 * The pause between submissions of the resource changes HAPI queues (in its database, since 6.10) for
	 * subscription matching, in ms; HAPI's default is 5 s, so a rest-hook notification leaves up to 5 s after the
	 * write (hapifhir/hapi-fhir#6394). A deployment shortens it by replacing that scheduler bean, as this does.
	 */
	static final String SUBSCRIPTION_SUBMIT_PROPERTY = "reference-fhir-server.subscription-submit-millis";

	/**
	 * Sets the pause between batch2 maintenance passes (which start queued jobs such as an export and move them from
	 * step to step) when {@link #MAINTENANCE_INTERVAL_PROPERTY} is given, HAPI's one minute otherwise; and the pause
	 * between submissions of queued resource changes to subscription matching when
	 * {@link #SUBSCRIPTION_SUBMIT_PROPERTY} is given, HAPI's 5 s otherwise.
	 */
	@Bean
	static BeanPostProcessor maintenanceInterval() {
		return new BeanPostProcessor() {

			@Override
			public Object postProcessBeforeInitialization(Object bean, String name) {
				String millis = System.getProperty(MAINTENANCE_INTERVAL_PROPERTY);
				if (bean instanceof JobMaintenanceServiceImpl maintenance && millis != null) {
					maintenance.setScheduledJobFrequencyMillis(Long.parseLong(millis));
				}
				String submit = System.getProperty(SUBSCRIPTION_SUBMIT_PROPERTY);
				if (bean instanceof AsyncResourceModifiedProcessingSchedulerSvc submitter && submit != null) {
					submitter.mySubmissionIntervalInMilliSeconds = Long.parseLong(submit);
				}
				return bean;
			}

		};
	}

	@Bean
	SubscriptionSettings subscriptionSettings() {
		SubscriptionSettings settings = new SubscriptionSettings();
		settings.addSupportedSubscriptionType(SubscriptionChannelType.RESTHOOK);
		return settings;
	}

	/** Only rest-hook subscriptions are supported; an email channel has nowhere to send. */
	@Bean
	IEmailSender emailSender() {
		return (email) -> {
			throw new UnsupportedOperationException("The reference server sends no email");
		};
	}

	@Bean
	PartitionSettings partitionSettings() {
		return new PartitionSettings();
	}

	@Bean(destroyMethod = "close")
	BasicDataSource dataSource() {
		BasicDataSource dataSource = new BasicDataSource();
		dataSource.setDriver(new org.h2.Driver());
		// a fresh database per start: nothing survives the process
		dataSource.setUrl("jdbc:h2:mem:reference-" + ProcessHandle.current().pid() + ";DB_CLOSE_DELAY=-1");
		dataSource.setUsername("");
		dataSource.setPassword("");
		dataSource.setMaxTotal(20);
		dataSource.setMaxWait(java.time.Duration.ofSeconds(30));
		return dataSource;
	}

	@Bean
	@Primary
	LocalContainerEntityManagerFactoryBean entityManagerFactory(ConfigurableListableBeanFactory beanFactory,
			FhirContext fhirContext, JpaStorageSettings storageSettings, DataSource dataSource) {
		LocalContainerEntityManagerFactoryBean factory = HapiEntityManagerFactoryUtil.newEntityManagerFactory(beanFactory,
				fhirContext, storageSettings);
		factory.setPersistenceUnitName("HAPI_PU");
		factory.setDataSource(dataSource);
		Properties properties = new Properties();
		properties.put("hibernate.dialect", HapiFhirH2Dialect.class.getName());
		properties.put("hibernate.hbm2ddl.auto", "update");
		properties.put("hibernate.format_sql", "false");
		properties.put("hibernate.show_sql", "false");
		if (terminology()) {
			// as HAPI's JPA tests configure Lucene in the heap (TestHSearchAddInConfig.DefaultLuceneHeap): the index
			// lives and dies with the in-memory database
			properties.put("hibernate.search.enabled", "true");
			properties.put("hibernate.search.backend.type", "lucene");
			properties.put("hibernate.search.backend.analysis.configurer",
					HapiHSearchAnalysisConfigurers.HapiLuceneAnalysisConfigurer.class.getName());
			properties.put("hibernate.search.backend.directory.type", "local-heap");
			properties.put("hibernate.search.backend.lucene_version", "LUCENE_CURRENT");
		}
		else {
			properties.put("hibernate.search.enabled", "false");
		}
		factory.setJpaProperties(properties);
		return factory;
	}

	@Bean
	@Primary
	JpaTransactionManager transactionManager(EntityManagerFactory entityManagerFactory) {
		return new JpaTransactionManager(entityManagerFactory);
	}

	/**
	 * No full-text index unless a terminology server (Hibernate Search is off): {@code _content} and {@code _text}
	 * are not offered. HAPI's terminology service expands filters through this service's index when it is present.
	 */
	@Bean
	@Primary
	IFulltextSearchSvc fullTextSearchSvc() {
		return terminology() ? new FulltextSearchSvcImpl() : null;
	}

	@Bean
	IBinaryStorageSvc binaryStorage() {
		return new MemoryBinaryStorageSvcImpl();
	}

	@Bean
	@Primary
	DatabaseBackedPagingProvider pagingProvider() {
		DatabaseBackedPagingProvider paging = new DatabaseBackedPagingProvider();
		paging.setDefaultPageSize(DEFAULT_PAGE_SIZE);
		paging.setMaximumPageSize(MAXIMUM_PAGE_SIZE);
		return paging;
	}

	@Bean
	RestfulServer restfulServer(IFhirSystemDao<?, ?> systemDao, ResourceProviderFactory resourceProviders,
			JpaSystemProvider<?, ?> systemProvider, DatabaseBackedPagingProvider pagingProvider,
			JpaStorageSettings storageSettings, ISearchParamRegistry searchParams, IValidationSupport validation,
			BulkDataExportProvider bulkExport, ValueSetOperationProvider valueSetOperations) {
		RestfulServer server = new RestfulServer(systemDao.getContext());
		server.registerProviders(resourceProviders.createProviders());
		server.registerProvider(systemProvider);
		server.registerProvider(bulkExport);
		if (terminology()) {
			// ValueSet $expand and $validate-code: not part of the generated ValueSet resource provider
			server.registerProvider(valueSetOperations);
		}
		server.setPagingProvider(pagingProvider);
		JpaCapabilityStatementProvider capabilities = new JpaCapabilityStatementProvider(server, systemDao,
				storageSettings, searchParams, validation);
		capabilities.setImplementationDescription(IMPLEMENTATION_DESCRIPTION);
		server.setServerConformanceProvider(capabilities);
		return server;
	}

}
