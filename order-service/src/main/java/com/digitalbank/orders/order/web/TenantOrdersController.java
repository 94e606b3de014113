package com.digitalbank.orders.order.web;

import java.time.Instant;

import com.digitalbank.orders.order.OrderManagement;
import com.digitalbank.orders.order.OrderQuery;
import com.digitalbank.orders.order.OrderStatus;
import com.digitalbank.platform.externalid.ExternalId;
import com.digitalbank.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Orders")
class TenantOrdersController {

	private final OrderManagement orders;

	TenantOrdersController(OrderManagement orders) {
		this.orders = orders;
	}

	@GetMapping("/v1.0/tenants/{tenantId}/orders")
	@Operation(summary = "List a tenant's orders, newest first",
			description = "Only the caller's own tenant: another answers 404 TENANT_NOT_FOUND. Follow startAt "
					+ "while moreAvailable is true.")
	OrderPageResponse list(@Parameter(example = "acme") @PathVariable @ExternalId String tenantId,
			@Parameter(description = "1 to 100") @RequestParam(
					defaultValue = "20") @Min(1) @Max(OrderQuery.MAX_PAGE_SIZE) int pageSize,
			@Parameter(description = "The startAt of the previous page") @RequestParam(required = false) String startAt,
			@Parameter(description = "Only orders in this status") @RequestParam(required = false) OrderStatus status,
			@Parameter(description = "Created at or after (ISO-8601)", example = "2026-11-01T00:00:00Z") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
			@Parameter(description = "Created at or before (ISO-8601)", example = "2026-11-30T23:59:59Z") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
			CurrentUser user) {
		return OrderPageResponse.from(
				orders.list(user.tenantId(), tenantId, new OrderQuery(pageSize, startAt, status, from, to)), pageSize);
	}

}
