package com.digitalbank.marketplace.demo;

import com.digitalbank.marketplace.catalog.Catalog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Puts the demo catalog in place under {@code ./dev up}. What exists is left alone, so a
 * restart neither duplicates nor restocks anything.
 */
@Component
@Profile("local")
class DemoCatalogLoader implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCatalogLoader.class);

	private final Catalog catalog;

	DemoCatalogLoader(Catalog catalog) {
		this.catalog = catalog;
	}

	@Override
	public void run(ApplicationArguments args) {
		int added = catalog.addMissing(DemoCatalog.retailers(), DemoCatalog.products());
		log.info("Demo catalog ready: {} retailers and products added", added);
	}

}
