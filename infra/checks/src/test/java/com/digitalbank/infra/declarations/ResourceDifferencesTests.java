package com.digitalbank.infra.declarations;

import com.digitalbank.infra.Repository;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The agreement check fails, naming the difference, when the committed file and the code
 * disagree: each case takes the committed file as the code's export and changes one thing
 * deliberately.
 */
class ResourceDifferencesTests {

	private final JsonNode committed = Repository.readJson(ResourceAgreementTests.COMMITTED);

	@Test
	void findsNoDifferenceBetweenAFileAndItself() {
		assertThat(ResourceDifferences.between(committed, committed.deepCopy())).isEmpty();
	}

	@Test
	void namesAQueueDeclaredInCodeButMissingFromTheFile() {
		ObjectNode code = (ObjectNode) committed.deepCopy();
		((ObjectNode) code.at("/service_resources/order-service/queues")).putObject("order-refunds")
			.put("max_receive_count", 3);

		assertThat(ResourceDifferences.between(code, committed))
			.containsExactly("order-service: queue order-refunds is declared in code, missing from the file");
	}

	@Test
	void namesATableTheCodeNoLongerDeclares() {
		ObjectNode code = (ObjectNode) committed.deepCopy();
		((ObjectNode) code.at("/service_resources/crm-service/tables")).remove("crm-beneficiaries");

		assertThat(ResourceDifferences.between(code, committed))
			.containsExactly("crm-service: table crm-beneficiaries is in the file, but the code no longer declares it");
	}

	@Test
	void namesAChangedFieldWithBothValues() {
		ObjectNode code = (ObjectNode) committed.deepCopy();
		((ObjectNode) code.at("/service_resources/order-service/queues/order-invoice"))
			.put("visibility_timeout_seconds", 300);
		((ObjectNode) code.at("/service_resources/banking-service/tables/bank-ledger/range_key")).put("type", "N");

		assertThat(ResourceDifferences.between(code, committed)).containsExactly(
				"banking-service: table bank-ledger: range_key.type is \"N\" in code, \"S\" in the file",
				"order-service: queue order-invoice: visibility_timeout_seconds is 300 in code, 120 in the file");
	}

	@Test
	void namesARenamingProperty() {
		ObjectNode code = (ObjectNode) committed.deepCopy();
		((ObjectNode) code.at("/service_resources/order-service/buckets/orders-invoices")).putArray("properties")
			.add("orders.invoice.archive-bucket");

		assertThat(ResourceDifferences.between(code, committed)).containsExactly(
				"order-service: bucket orders-invoices: properties is [\"orders.invoice.archive-bucket\"] in code, "
						+ "[\"orders.invoice.bucket\"] in the file");
	}

	@Test
	void namesAServiceMissingFromTheFile() {
		ObjectNode file = (ObjectNode) committed.deepCopy();
		((ObjectNode) file.get("service_resources")).remove("agent-orchestrator");

		assertThat(ResourceDifferences.between(committed, file))
			.containsExactly("agent-orchestrator: declared in code, missing from the file");
	}

}
