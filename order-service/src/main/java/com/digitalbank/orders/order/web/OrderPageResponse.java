package com.digitalbank.orders.order.web;

import java.util.List;

import com.digitalbank.orders.order.OrderPage;
import com.digitalbank.orders.order.OrderSummary;
import io.swagger.v3.oas.annotations.media.Schema;

/** A page of orders with the seed's paging fields. */
@Schema(requiredProperties = { "items", "pageSize", "moreAvailable" })
record OrderPageResponse(List<OrderSummary> items, @Schema(example = "20") int pageSize,
		@Schema(example = "true") boolean moreAvailable,
		@Schema(description = "Pass as startAt to get the next page; absent on the last page",
				example = "MjAyNi0xMS0yM1QxMDowMDowMC4wMDAwMDBaIzNmMWMyYjll") String startAt) {

	static OrderPageResponse from(OrderPage page, int pageSize) {
		return new OrderPageResponse(page.orders(), pageSize, page.moreAvailable(), page.startAt());
	}

}
