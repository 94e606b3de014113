package com.digitalbank.marketplace.catalog.persistence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.digitalbank.marketplace.catalog.CatalogProperties;
import com.digitalbank.marketplace.catalog.Product;
import com.digitalbank.marketplace.catalog.ProductId;
import com.digitalbank.marketplace.catalog.ProductPage;
import com.digitalbank.marketplace.catalog.ProductQuery;
import com.digitalbank.marketplace.catalog.SearchText;
import com.digitalbank.platform.dynamodb.JsonItems;
import com.digitalbank.platform.dynamodb.PageCursor;
import com.digitalbank.platform.dynamodb.WriteTransaction;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * Products, one item each, with their stock as a number that only conditional updates
 * change. A listing by retailer or category reads that attribute's index; one by text
 * alone scans. Either way the words of {@code q} filter on {@code searchText}, the
 * product's name and category as {@link SearchText} normalizes them.
 */
@Component
public class ProductStore {

	static final String PRODUCT = "productId";

	static final String RETAILER = "retailerId";

	static final String CATEGORY = "category";

	static final String STOCK = "stock";

	static final String SEARCH_TEXT = "searchText";

	static final String BY_RETAILER = "products-by-retailer";

	static final String BY_CATEGORY = "products-by-category";

	private final DynamoDbClient dynamoDb;

	private final JsonItems items;

	private final String table;

	ProductStore(DynamoDbClient dynamoDb, JsonItems items, CatalogProperties properties) {
		this.dynamoDb = dynamoDb;
		this.items = items;
		this.table = properties.productsTable();
	}

	/** The product with its stock as of now (strongly consistent). */
	public Optional<Product> find(ProductId id) {
		Map<String, AttributeValue> item = dynamoDb
			.getItem(get -> get.tableName(table).key(key(id)).consistentRead(true))
			.item();
		return item == null || item.isEmpty() ? Optional.empty() : Optional.of(items.fromItem(item, Product.class));
	}

	public ProductPage page(ProductQuery query, int limit, String cursor) {
		Listing listing = Listing.of(query);
		Map<String, AttributeValue> start = listing.cursor().decode(cursor, listing.partition());
		List<Product> found = new ArrayList<>();
		// One more than asked, to know whether another page exists without handing out an
		// empty one; a filter may leave a read with fewer items than it asked for.
		while (found.size() <= limit) {
			Page page = read(listing, query, start, limit + 1 - found.size());
			page.items().stream().map(item -> items.fromItem(item, Product.class)).forEach(found::add);
			if (page.lastKey() == null || page.lastKey().isEmpty()) {
				break;
			}
			start = page.lastKey();
		}
		if (found.size() <= limit) {
			return new ProductPage(found, null);
		}
		List<Product> products = found.subList(0, limit);
		return new ProductPage(products, listing.cursor().encode(toItem(products.getLast())));
	}

	/** Adds the product unless it exists: a restart never resets stock. */
	public boolean addIfAbsent(Product product) {
		try {
			dynamoDb.putItem(put -> put.tableName(table)
				.item(toItem(product))
				.conditionExpression("attribute_not_exists(#id)")
				.expressionAttributeNames(Map.of("#id", PRODUCT)));
			return true;
		}
		catch (ConditionalCheckFailedException ex) {
			return false;
		}
	}

	/** Replaces the product, stock included; for tests and operators. */
	public void put(Product product) {
		dynamoDb.putItem(put -> put.tableName(table).item(toItem(product)));
	}

	/** Takes units out of stock in the transaction, which fails if fewer are left. */
	public void addDecrement(WriteTransaction transaction, ProductId id, int quantity, Object tag) {
		transaction.add(TransactWriteItem.builder()
			.update(update -> update.tableName(table)
				.key(key(id))
				.updateExpression("SET #stock = #stock - :quantity")
				.conditionExpression("attribute_exists(#id) AND #stock >= :quantity")
				.expressionAttributeNames(Map.of("#stock", STOCK, "#id", PRODUCT))
				.expressionAttributeValues(Map.of(":quantity", AttributeValue.fromN(Integer.toString(quantity)))))
			.build(), tag);
	}

	/** Puts units back in stock in the transaction. */
	public void addIncrement(WriteTransaction transaction, ProductId id, int quantity, Object tag) {
		transaction.add(TransactWriteItem.builder()
			.update(update -> update.tableName(table)
				.key(key(id))
				.updateExpression("SET #stock = #stock + :quantity")
				.conditionExpression("attribute_exists(#id)")
				.expressionAttributeNames(Map.of("#stock", STOCK, "#id", PRODUCT))
				.expressionAttributeValues(Map.of(":quantity", AttributeValue.fromN(Integer.toString(quantity)))))
			.build(), tag);
	}

	private Page read(Listing listing, ProductQuery query, Map<String, AttributeValue> start, int limit) {
		Map<String, String> names = new HashMap<>();
		Map<String, AttributeValue> values = new HashMap<>();
		String filter = filter(query, listing, names, values);
		if (listing.index() == null) {
			ScanRequest.Builder scan = ScanRequest.builder().tableName(table).limit(limit).exclusiveStartKey(start);
			if (filter != null) {
				scan.filterExpression(filter).expressionAttributeNames(names).expressionAttributeValues(values);
			}
			ScanResponse response = dynamoDb.scan(scan.build());
			return new Page(response.items(), response.lastEvaluatedKey());
		}
		names.put("#partition", listing.partitionAttribute());
		values.put(":partition", listing.partition().get(listing.partitionAttribute()));
		QueryRequest.Builder request = QueryRequest.builder()
			.tableName(table)
			.indexName(listing.index())
			.keyConditionExpression("#partition = :partition")
			.limit(limit)
			.exclusiveStartKey(start);
		if (filter != null) {
			request.filterExpression(filter);
		}
		QueryResponse response = dynamoDb
			.query(request.expressionAttributeNames(names).expressionAttributeValues(values).build());
		return new Page(response.items(), response.lastEvaluatedKey());
	}

	/** Words of the text, and the category when the retailer's index is read. */
	private static String filter(ProductQuery query, Listing listing, Map<String, String> names,
			Map<String, AttributeValue> values) {
		List<String> conditions = new ArrayList<>();
		if (query.category() != null && !CATEGORY.equals(listing.partitionAttribute())) {
			names.put("#category", CATEGORY);
			values.put(":category", AttributeValue.fromS(query.category()));
			conditions.add("#category = :category");
		}
		if (query.hasText()) {
			names.put("#text", SEARCH_TEXT);
			String[] words = SearchText.normalize(query.text()).split(" ");
			for (int i = 0; i < words.length; i++) {
				values.put(":word" + i, AttributeValue.fromS(words[i]));
				conditions.add("contains(#text, :word" + i + ")");
			}
		}
		return conditions.isEmpty() ? null : String.join(" AND ", conditions);
	}

	private Map<String, AttributeValue> toItem(Product product) {
		Map<String, AttributeValue> item = new HashMap<>(items.toItem(product));
		item.put(SEARCH_TEXT, AttributeValue.fromS(SearchText.normalize(product.name() + " " + product.category())));
		return item;
	}

	private static Map<String, AttributeValue> key(ProductId id) {
		return Map.of(PRODUCT, AttributeValue.fromS(id.value()));
	}

	private record Page(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> lastKey) {
	}

	/** Which read serves a query, and the cursor that continues it. */
	private record Listing(String index, String partitionAttribute, Map<String, AttributeValue> partition,
			PageCursor cursor) {

		static Listing of(ProductQuery query) {
			if (query.retailerId() != null) {
				return new Listing(BY_RETAILER, RETAILER,
						Map.of(RETAILER, AttributeValue.fromS(query.retailerId().value())),
						PageCursor.of(PRODUCT, RETAILER));
			}
			if (query.category() != null) {
				return new Listing(BY_CATEGORY, CATEGORY, Map.of(CATEGORY, AttributeValue.fromS(query.category())),
						PageCursor.of(PRODUCT, CATEGORY));
			}
			return new Listing(null, null, Map.of(), PageCursor.of(PRODUCT));
		}

	}

}
