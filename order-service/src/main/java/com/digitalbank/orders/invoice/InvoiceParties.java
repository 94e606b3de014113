package com.digitalbank.orders.invoice;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.digitalbank.orders.order.BillingAddress;
import com.digitalbank.orders.order.Order;
import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The top of an invoice: the seller with the invoice's number and date, then who is
 * billed and where the goods go. Dates are printed in the seller's time zone.
 */
class InvoiceParties {

	private final InvoiceProperties properties;

	private final DateTimeFormatter dates;

	InvoiceParties(InvoiceProperties properties) {
		this.properties = properties;
		this.dates = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(properties.zone());
	}

	PdfPTable heading(Order order) {
		InvoiceProperties.Seller seller = properties.seller();
		List<String> lines = new ArrayList<>(List.of("RFC " + seller.taxId()));
		lines.addAll(seller.addressLines());
		lines.add(seller.email());
		lines.add(seller.phone());
		PdfPTable table = InvoiceStyle.table(new float[] { 3, 2 });
		table.addCell(InvoiceStyle.block(seller.name(), lines));
		Phrase title = InvoiceStyle.phrase("INVOICE\n", InvoiceStyle.TITLE);
		title.add(new Chunk("No. " + order.orderNumber() + "\n", InvoiceStyle.BOLD));
		title.add(new Chunk("Date " + dates.format(order.createdAt()) + "\nOrder " + order.orderId() + "\nCurrency "
				+ order.currency(), InvoiceStyle.BODY));
		PdfPCell cell = InvoiceStyle.plain("", InvoiceStyle.BODY);
		cell.setPhrase(title);
		cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		table.addCell(cell);
		return table;
	}

	PdfPTable parties(Order order) {
		PdfPTable table = InvoiceStyle.table(new float[] { 1, 1 });
		table.setSpacingBefore(12);
		List<String> buyer = new ArrayList<>(List.of(order.customer().name()));
		if (order.customer().taxId() != null) {
			buyer.add("RFC " + order.customer().taxId());
		}
		buyer.add(order.customer().email());
		buyer.add(order.customer().phone());
		buyer.addAll(address(order.billingAddress()));
		List<String> receiver = new ArrayList<>(List.of(order.customer().name()));
		receiver.addAll(address(order.shippingAddress()));
		table.addCell(InvoiceStyle.block("Bill to", buyer));
		table.addCell(InvoiceStyle.block("Ship to", receiver));
		return table;
	}

	private static List<String> address(BillingAddress address) {
		String region = String.join(", ",
				Stream.of(address.city(), address.state()).filter(part -> part != null && !part.isBlank()).toList());
		return List.of(address.line1(), address.line2() == null ? "" : address.line2(),
				address.postalCode() + " " + region, address.country());
	}

}
