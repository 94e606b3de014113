package com.digitalbank.orders.notification;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.digitalbank.orders.invoice.InvoiceIssuing;
import com.digitalbank.orders.invoice.InvoiceProperties;
import com.digitalbank.orders.notification.messaging.MailGateway;
import com.digitalbank.orders.notification.persistence.EmailLog;
import com.digitalbank.orders.order.Order;
import com.digitalbank.orders.order.OrderManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Sends an order's e-mails, each at most once: the marker is claimed before sending,
 * marked sent after, and given back when the send fails so that the message's retry sends
 * it.
 */
@Service
public class OrderEmails {

	private static final Logger log = LoggerFactory.getLogger(OrderEmails.class);

	private final OrderManagement orders;

	private final InvoiceIssuing invoices;

	private final EmailRenderer renderer;

	private final EmailLog emailLog;

	private final MailGateway mail;

	private final MailProperties properties;

	private final InvoiceProperties invoiceProperties;

	private final Clock clock;

	OrderEmails(OrderManagement orders, InvoiceIssuing invoices, EmailRenderer renderer, EmailLog emailLog,
			MailGateway mail, MailProperties properties, InvoiceProperties invoiceProperties, Clock clock) {
		this.orders = orders;
		this.invoices = invoices;
		this.renderer = renderer;
		this.emailLog = emailLog;
		this.mail = mail;
		this.properties = properties;
		this.invoiceProperties = invoiceProperties;
		this.clock = clock;
	}

	/** Tells the team a new order came in. */
	public void sendInternalNotification(String tenantId, String orderId) {
		Order order = orders.find(tenantId, orderId);
		sendOnce(order, EmailKind.INTERNAL_NOTIFICATION, () -> message(order, EmailKind.INTERNAL_NOTIFICATION,
				properties.internalRecipients(), properties.internalSubject(), Map.of()));
	}

	/**
	 * Confirms the order to the customer, with a link to its invoice. The link is signed
	 * for the key derived from the order itself, never for a key a message names: a
	 * forged message cannot make us sign a link to another tenant's invoice.
	 */
	public void sendCustomerConfirmation(String tenantId, String orderId) {
		Order order = orders.find(tenantId, orderId);
		sendOnce(order, EmailKind.CUSTOMER_CONFIRMATION, () -> {
			URI link = invoices.downloadLink(InvoiceIssuing.key(order.tenantId(), order.orderId()));
			return message(order, EmailKind.CUSTOMER_CONFIRMATION, List.of(order.customer().email()),
					properties.customerSubject(),
					Map.of("invoiceUrl", link.toString(), "linkValidDays", invoiceProperties.linkValidity().toDays()));
		});
	}

	private void sendOnce(Order order, EmailKind kind, Supplier<EmailMessage> message) {
		Instant now = clock.instant();
		if (!emailLog.claim(order.tenantId(), order.orderId(), kind, now, now.minus(properties.claimTimeout()))) {
			log.info("{} of order {} was sent or is being sent; not sending again", kind, order.orderId());
			return;
		}
		try {
			mail.send(message.get());
		}
		catch (RuntimeException ex) {
			emailLog.release(order.tenantId(), order.orderId(), kind);
			throw ex;
		}
		emailLog.markSent(order.tenantId(), order.orderId(), kind, clock.instant());
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
