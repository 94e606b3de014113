package com.digitalbank.orders.order.web;

import java.math.BigDecimal;
import java.util.List;

import com.digitalbank.orders.order.BillingAddress;
import com.digitalbank.orders.order.Customer;
import com.digitalbank.orders.order.NewOrder;
import com.digitalbank.orders.order.PaymentDetails;
import com.digitalbank.orders.order.PaymentMethod;
import com.digitalbank.platform.externalid.ExternalId;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new order. Totals are not part of it: the service computes them. At most
 * {@value #MAX_ITEMS} lines, so that an order fits one queue message and one invoice run.
 */
@Schema(description = "A new order; subtotal, discount, shipping, tax and total are computed by the service")
record CreateOrderRequest(@NotNull @Valid CustomerRequest customer,
		@NotNull @Size(min = 1, max = MAX_ITEMS) List<@NotNull @Valid ItemRequest> items,
		@NotNull @Valid AddressRequest billingAddress,
		@Schema(description = "Defaults to the billing address") @Valid AddressRequest shippingAddress,
		@Schema(example = "WELCOME10") @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9_-]+") String campaignCode,
		@Schema(example = "MXN",
				description = "ISO 4217; defaults to MXN") @Pattern(regexp = "[A-Z]{3}") String currency,
		@Valid PaymentRequest payment, @Schema(example = "Leave it with the doorman") @Size(max = 1000) String notes) {

	static final int MAX_ITEMS = 500;

	record CustomerRequest(@Schema(example = "Ana López") @NotBlank @Size(max = 200) String name,
			@Schema(example = "ana.lopez@example.com") @NotBlank @Size(max = 254) @Email(
					regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+") String email,
			@Schema(example = "+52 55 1234 5678") @Size(max = 30) String phone, @Schema(example = "LOAA850101ABC",
					description = "RFC, printed on the invoice") @Size(max = 20) String taxId) {
	}

	record ItemRequest(@Schema(example = "SKU-1001") @NotBlank @ExternalId String productId,
			@Schema(example = "Wireless headphones") @NotBlank @Size(max = 200) String name,
			@Schema(example = "2") @NotNull @Min(1) @Max(10_000) Integer quantity,
			@Schema(example = "1499.00") @NotNull @DecimalMin("0.00") @Digits(integer = 10,
					fraction = 2) BigDecimal unitPrice) {
	}

	record AddressRequest(@Schema(example = "Av. Reforma 222") @NotBlank @Size(max = 200) String line1,
			@Schema(example = "Piso 5") @Size(max = 200) String line2,
			@Schema(example = "Ciudad de México") @NotBlank @Size(max = 100) String city,
			@Schema(example = "CDMX") @Size(max = 100) String state,
			@Schema(example = "06600") @NotBlank @Size(max = 20) String postalCode,
			@Schema(example = "MX") @NotBlank @Pattern(regexp = "[A-Z]{2}") String country) {

		BillingAddress toAddress() {
			return new BillingAddress(line1, line2, city, state, postalCode, country);
		}
	}

	record PaymentRequest(@Schema(example = "CARD") @NotNull PaymentMethod method,
			@Schema(example = "ch_3PqX9") @Size(max = 100) String reference,
			@Schema(example = "4242") @Pattern(regexp = "\\d{4}") String cardLast4) {

		/**
		 * Pending until the payment provider says otherwise: the client cannot declare it
		 * paid.
		 */
		PaymentDetails toPaymentDetails() {
			return new PaymentDetails(method, PaymentDetails.PaymentStatus.PENDING, reference, cardLast4, null);
		}
	}

	NewOrder toNewOrder() {
		List<NewOrder.Line> lines = items.stream()
			.map(item -> new NewOrder.Line(item.productId(), item.name(), item.quantity(), item.unitPrice()))
			.toList();
		return new NewOrder(new Customer(customer.name(), customer.email(), customer.phone(), customer.taxId()), lines,
				billingAddress.toAddress(), shippingAddress == null ? null : shippingAddress.toAddress(), campaignCode,
				currency, payment == null ? null : payment.toPaymentDetails(), notes);
	}

}
