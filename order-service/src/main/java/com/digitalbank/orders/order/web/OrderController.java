package com.digitalbank.orders.order.web;

import java.net.URI;

import com.digitalbank.orders.order.Order;
import com.digitalbank.orders.order.OrderManagement;
import com.digitalbank.platform.externalid.ExternalId;
import com.digitalbank.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/v1.0/orders")
@Tag(name = "Orders", description = "Orders of the caller's tenant (from the token's tenant_id)")
class OrderController {

	private final OrderManagement orders;

	OrderController(OrderManagement orders) {
		this.orders = orders;
	}

	@PostMapping
	@Operation(operationId = "createOrder", summary = "Place an order",
			description = "Validates and prices the order and queues it. 202: the order is recorded within seconds; "
					+ "poll the Location until it answers 200. Then a PDF invoice is stored and the customer "
					+ "and the internal team get an e-mail.")
	@Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key",
			description = "New per intended order (a fresh UUID). Retry with the same key and body: the first "
					+ "answer is replayed, no second order",
			schema = @Schema(type = "string"))
	@ApiResponse(responseCode = "202", description = "Accepted, not yet recorded", useReturnTypeSchema = true)
	@ApiResponse(responseCode = "400", description = "VALIDATION_FAILED: the order is not valid; nothing is queued")
	@ApiResponse(responseCode = "422", description = "UNKNOWN_CAMPAIGN")
	ResponseEntity<OrderAcceptedResponse> create(@Valid @RequestBody CreateOrderRequest request, CurrentUser user) {
		Order order = orders.submit(user.tenantId(), user.userId(), request.toNewOrder());
		return ResponseEntity.accepted()
			.location(URI.create("/v1.0/orders/" + order.orderId()))
			.body(OrderAcceptedResponse.from(order));
	}

	@GetMapping("/{orderId}")
	@Operation(operationId = "getOrder", summary = "Get an order",
			description = "404 ORDER_NOT_FOUND until the order is recorded, and for another tenant's order. "
					+ "The ETag is the order's version, for If-Match on PUT.")
	@ApiResponse(responseCode = "200", description = "The order", useReturnTypeSchema = true,
			headers = @Header(name = "ETag", description = "The order's version, for If-Match",
					schema = @Schema(type = "string")))
	ResponseEntity<OrderResponse> get(@PathVariable @ExternalId String orderId, CurrentUser user) {
		return withETag(orders.find(user.tenantId(), orderId));
	}

	@PutMapping("/{orderId}")
	@Operation(operationId = "updateOrder", summary = "Change an order's status",
			description = "PENDING → CONFIRMED → PROCESSING → SHIPPED → DELIVERED; CANCELLED until it ships. "
					+ "Another move answers 409 INVALID_STATUS_TRANSITION; a stale If-Match answers 412.")
	@ApiResponse(responseCode = "200", description = "Changed", useReturnTypeSchema = true,
			headers = @Header(name = "ETag", description = "The order's version, for If-Match",
					schema = @Schema(type = "string")))
	@ApiResponse(responseCode = "409", description = "INVALID_STATUS_TRANSITION")
	@ApiResponse(responseCode = "412", description = "PRECONDITION_FAILED: the order changed since it was read")
	ResponseEntity<OrderResponse> update(@PathVariable @ExternalId String orderId,
			@Valid @RequestBody UpdateOrderRequest request,
			@Parameter(description = "The ETag of the order as read, e.g. \"1\"",
					example = "\"1\"") @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
			CurrentUser user) {
		return withETag(orders.changeStatus(user.tenantId(), user.userId(), orderId, request.status(),
				IfMatch.expectedVersion(ifMatch)));
	}

	private static ResponseEntity<OrderResponse> withETag(Order order) {
		return ResponseEntity.ok().eTag(IfMatch.etag(order.version())).body(OrderResponse.from(order));
	}

}
