package com.digitalbank.marketplace.catalog;

import java.util.List;

import com.digitalbank.marketplace.catalog.persistence.ProductStore;
import com.digitalbank.marketplace.catalog.persistence.RetailerStore;
import org.springframework.stereotype.Service;

/** Reads the catalog: retailers, and products with their stock as of now. */
@Service
public class Catalog {

	private final RetailerStore retailers;

	private final ProductStore products;

	Catalog(RetailerStore retailers, ProductStore products) {
		this.retailers = retailers;
		this.products = products;
	}

	public List<Retailer> retailers() {
		return retailers.all();
	}

	public Retailer retailer(RetailerId id) {
		return retailers.find(id).orElseThrow(() -> new RetailerNotFoundException(id));
	}

	public ProductPage products(ProductQuery query, int limit, String cursor) {
		return products.page(query, limit, cursor);
	}

	public Product product(ProductId id) {
		return products.find(id).orElseThrow(() -> new ProductNotFoundException(id));
	}

	/**
	 * Adds what is missing, leaving existing retailers and products (and stock) alone.
	 */
	public int addMissing(List<Retailer> newRetailers, List<Product> newProducts) {
		int added = 0;
		for (Retailer retailer : newRetailers) {
			added += retailers.addIfAbsent(retailer) ? 1 : 0;
		}
		for (Product product : newProducts) {
			added += products.addIfAbsent(product) ? 1 : 0;
		}
		return added;
	}

}
