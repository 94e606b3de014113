package com.digitalbank.orders.notification;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.digitalbank.orders.invoice.InvoiceIssuing;
import com.digitalbank.orders.invoice.InvoiceProperties;
import com.digitalbank.orders.notification.messaging.MailGateway;
import com.digitalbank.orders.order.Order;
import com.digitalbank.orders.order.OrderManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends an order's e-mails, each at most once: the e-mail is claimed on the order before
 * sending, marked sent after, and given back when the send fails so that the message's
 * retry sends it.
 */
@Service
public class OrderEmails {

	private static final Logger log = LoggerFactory.getLogger(OrderEmails.class);

	private final OrderManagement orders;

	private final InvoiceIssuing invoices;

	private final EmailRenderer renderer;

	private final MailGateway mail;

	private final MailProperties properties;

	private final InvoiceProperties invoiceProperties;

	OrderEmails(OrderManagement orders, InvoiceIssuing invoices, EmailRenderer renderer, MailGateway mail,
			MailProperties properties, InvoiceProperties invoiceProperties) {
		this.orders = orders;
		this.invoices = invoices;
		this.renderer = renderer;
		this.mail = mail;
		this.properties = properties;
		this.invoiceProperties = invoiceProperties;
	}

	/** Tells the team a new order came in. */
	public void sendInternalNotification(String tenantId, String orderId) {
		sendOnce(tenantId, orderId, EmailKind.INTERNAL_NOTIFICATION,
				order -> message(order, EmailKind.INTERNAL_NOTIFICATION, properties.internalRecipients(),
						properties.internalSubject(), Map.of()));
	}

	/**
	 * Confirms the order to the customer, with a link to its invoice. The link is signed
	 * for the key derived from the order itself, never for a key a message names: a
	 * forged message cannot make us sign a link to another tenant's invoice.
	 */
	public void sendCustomerConfirmation(String tenantId, String orderId) {
		sendOnce(tenantId, orderId, EmailKind.CUSTOMER_CONFIRMATION, order -> {
			URI link = invoices.downloadLink(InvoiceIssuing.key(order.tenantId(), order.orderId()));
			return message(order, EmailKind.CUSTOMER_CONFIRMATION, List.of(order.customer().email()),
					properties.customerSubject(),
					Map.of("invoiceUrl", link.toString(), "linkValidDays", invoiceProperties.linkValidity().toDays()));
		});
	}

	/** The claim reads the order too: one call decides and brings what to render. */
	private void sendOnce(String tenantId, String orderId, EmailKind kind, Function<Order, EmailMessage> message) {
		Optional<Order> claimed = orders.claimEmail(tenantId, orderId, kind.name(), properties.claimTimeout());
		if (claimed.isEmpty()) {
			log.info("{} of order {} was sent or is being sent; not sending again", kind, orderId);
			return;
		}
		try {
			mail.send(message.apply(claimed.get()));
		}
		catch (RuntimeException ex) {
			orders.releaseEmailClaim(tenantId, orderId, kind.name());
			throw ex;
		}
		orders.markEmailSent(tenantId, orderId, kind.name());
	}

	private EmailMessage message(Order order, EmailKind kind, List<String> to, String subject,
			Map<String, Object> extra) {
		Map<String, Object> variables = new HashMap<>(extra);
		variables.put("order", order);
		variables.put("seller", invoiceProperties.seller());
		EmailRenderer.Rendered rendered = renderer.render(kind, variables);
		return new EmailMessage(to, subject(subject, order), rendered.html(), rendered.text());
	}

	private static String subject(String template, Order order) {
		return template.replace("{orderNumber}", order.orderNumber())
			.replace("{total}", order.total().toPlainString())
			.replace("{currency}", order.currency())
			.replace("{tenantId}", order.tenantId());
	}

}
