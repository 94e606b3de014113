package com.digitalbank.agent.builder.offline;

import java.util.List;

import com.digitalbank.agent.builder.offline.ProjectSpec.EntitySpec;
import com.digitalbank.agent.builder.offline.ProjectSpec.FieldSpec;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequirementsReaderTests {

	@Test
	void readsEntitiesWithTheirFieldsAndTypes() {
		ProjectSpec spec = read("Entity Book with fields title, author, year:int and price. "
				+ "Member(name, email, active, joinedDate). Entities: Loans, Categories.");

		assertThat(spec.entities()).extracting(EntitySpec::name).containsExactly("Book", "Member", "Loan", "Category");
		assertThat(spec.entities().get(0).fields()).containsExactly(new FieldSpec("title", "String"),
				new FieldSpec("author", "String"), new FieldSpec("year", "int"), new FieldSpec("price", "BigDecimal"));
		assertThat(spec.entities().get(1).fields()).contains(new FieldSpec("active", "boolean"),
				new FieldSpec("joinedDate", "LocalDate"));
		assertThat(spec.entities().get(2).fields()).extracting(FieldSpec::name).containsExactly("name", "description");
	}

	@Test
	void readsEndpointsAndTheResourcesTheyName() {
		ProjectSpec spec = read("Endpoints: GET /api/books, GET /api/books/search, POST /loans/{loanId}/return.");

		assertThat(spec.entities()).extracting(EntitySpec::name).containsExactly("Book", "Loan");
		assertThat(spec.endpoints())
			.extracting(endpoint -> endpoint.method() + " " + endpoint.prefix() + " " + endpoint.resource() + " "
					+ endpoint.rest())
			.containsExactly("GET /api books ", "GET /api books /search", "POST  loans /{loanId}/return");
		assertThat(spec.extraEndpoints(spec.entities().get(0))).hasSize(1);
		assertThat(spec.pathPrefix(spec.entities().get(0))).isEqualTo("/api");
	}

	@Test
	void namesComeFromTheProjectNameAndNeverClashWithJava() {
		ProjectSpec spec = RequirementsReader.read("Café Órders 2.0", "Entity Class with fields default, public.",
				List.of());

		assertThat(spec.packageName()).isEqualTo("com.example.cafeorders20");
		assertThat(spec.classPrefix()).isEqualTo("CafeOrders20");
		assertThat(spec.slug()).isEqualTo("cafe-orders-2-0");
		assertThat(spec.entities().getFirst().name()).isEqualTo("ClassItem");
		assertThat(spec.entities().getFirst().fields()).extracting(FieldSpec::name)
			.containsExactly("defaultValue", "publicValue");
	}

	@Test
	void changeRequestsAddToWhatWasAskedFor() {
		ProjectSpec spec = RequirementsReader.read("Shop", "Entity Product with name.",
				List.of("Entity Product with fields stock. Add entity Review with rating."));

		assertThat(spec.entities()).extracting(EntitySpec::name).containsExactly("Product", "Review");
		assertThat(spec.entities().getFirst().fields()).extracting(FieldSpec::name).containsExactly("name", "stock");
	}

	@Test
	void readsPagesCommandsAndTagline() {
		ProjectSpec spec = read("A bakery. Pages: Menu, Our Story. It needs a contact page. Tagline: Fresh bread. "
				+ "Commands: add, list, done. Also an export command.");

		assertThat(spec.pages()).containsExactly("Home", "Menu", "OurStory", "Contact");
		assertThat(spec.commands()).containsExactly("add", "list", "done", "export", "help");
		assertThat(spec.tagline()).isEqualTo("Fresh bread");
	}

	@Test
	void fallsBackToWhatTheTemplateMakesWithoutGuidance() {
		ProjectSpec spec = read("Something nice.");

		assertThat(spec.entities()).extracting(EntitySpec::name).containsExactly("Item");
		assertThat(spec.pages()).containsExactly("Home", "About", "Contact");
		assertThat(spec.commands()).containsExactly("add", "list", "remove", "help");
	}

	private static ProjectSpec read(String requirements) {
		return RequirementsReader.read("Library API", requirements, List.of());
	}

}
