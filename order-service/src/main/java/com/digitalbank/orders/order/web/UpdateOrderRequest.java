package com.digitalbank.orders.order.web;

import com.digitalbank.orders.order.OrderStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** A status change; the only change a client makes to a placed order. */
record UpdateOrderRequest(@Schema(example = "CONFIRMED") @NotNull OrderStatus status) {
}
