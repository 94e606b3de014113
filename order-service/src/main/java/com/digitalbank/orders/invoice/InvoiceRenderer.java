package com.digitalbank.orders.invoice;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.digitalbank.orders.order.BillingAddress;
import com.digitalbank.orders.order.Order;
import com.digitalbank.orders.order.OrderItem;
import org.openpdf.text.Chunk;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.HeaderFooter;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import static com.digitalbank.orders.invoice.InvoiceStyle.amount;

/**
 * Renders an order's invoice: seller and buyer with their addresses, a line-item table whose
 * header repeats on every page it flows onto, the campaign, taxes, totals and payment. Pure: no
 * I/O besides the bytes it returns, so it is tested and benchmarked on its own.
 */
public class InvoiceRenderer {

	private final InvoiceProperties properties;

	private final DateTimeFormatter dates;

	public InvoiceRenderer(InvoiceProperties properties) {
		this.properties = properties;
		this.dates = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(properties.zone());
	}

	public byte[] render(Order order) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 36, 36, 36, 48);
		PdfWriter.getInstance(document, out);
		document.addTitle("Invoice " + order.orderNumber());
		document.addAuthor(properties.seller().name());
		HeaderFooter footer = new HeaderFooter(InvoiceStyle.phrase(order.orderNumber() + "  ·  page ", InvoiceStyle.BODY),
				true);
		footer.setAlignment(Element.ALIGN_RIGHT);
		footer.setBorder(Rectangle.TOP);
		document.setFooter(footer);
		document.open();
		document.add(heading(order));
		document.add(parties(order));
		document.add(lines(order));
		document.add(totals(order));
		document.add(payment(order));
		document.close();
		return out.toByteArray();
	}

	private PdfPTable heading(Order order) {
		InvoiceProperties.Seller seller = properties.seller();
		List<String> lines = new ArrayList<>(List.of("RFC " + seller.taxId()));
		lines.addAll(seller.addressLines());
		lines.add(seller.email());
		lines.add(seller.phone());
		PdfPTable table = table(new float[] { 3, 2 });
		table.addCell(InvoiceStyle.block(seller.name(), lines));
		Phrase title = InvoiceStyle.phrase("INVOICE\n", InvoiceStyle.TITLE);
		title.add(new Chunk("No. " + order.orderNumber() + "\n", InvoiceStyle.BOLD));
		title.add(new Chunk("Date " + dates.format(order.createdAt()) + "\nOrder " + order.orderId() + "\nCurrency "
				+ order.currency(), InvoiceStyle.BODY));
		var cell = InvoiceStyle.plain("", InvoiceStyle.BODY);
		cell.setPhrase(title);
		cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		table.addCell(cell);
		return table;
	}

	private PdfPTable parties(Order order) {
		PdfPTable table = table(new float[] { 1, 1 });
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

	private PdfPTable lines(Order order) {
		PdfPTable table = table(new float[] { 0.6f, 2, 5, 1, 1.8f, 2 });
		table.setSpacingBefore(14);
		table.setHeaderRows(1);
		table.setSplitLate(false);
		String[] headers = { "#", "Product", "Description", "Qty", "Unit price", "Amount" };
		for (int i = 0; i < headers.length; i++) {
			table.addCell(InvoiceStyle.header(headers[i], i >= 3 ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT));
		}
		int number = 0;
		for (OrderItem item : order.items()) {
			boolean striped = ++number % 2 == 0;
			table.addCell(InvoiceStyle.line(String.valueOf(number), Element.ALIGN_LEFT, striped));
			table.addCell(InvoiceStyle.line(item.productId(), Element.ALIGN_LEFT, striped));
			table.addCell(InvoiceStyle.line(item.name(), Element.ALIGN_LEFT, striped));
			table.addCell(InvoiceStyle.line(String.valueOf(item.quantity()), Element.ALIGN_RIGHT, striped));
			table.addCell(InvoiceStyle.line(amount(item.unitPrice()), Element.ALIGN_RIGHT, striped));
			table.addCell(InvoiceStyle.line(amount(item.lineTotal()), Element.ALIGN_RIGHT, striped));
		}
		return table;
	}

	private PdfPTable totals(Order order) {
		PdfPTable table = table(new float[] { 5, 3, 2 });
		table.setSpacingBefore(10);
		table.setKeepTogether(true);
		row(table, "Subtotal", amount(order.subtotal()), InvoiceStyle.BODY);
		if (order.campaign() != null) {
			row(table, "Discount: " + order.campaign().name() + " (" + order.campaign().code() + ", "
					+ order.campaign().discountPercent().stripTrailingZeros().toPlainString() + " %)",
					"-" + amount(order.discount()), InvoiceStyle.BODY);
		}
		row(table, "Shipping", amount(order.shipping()), InvoiceStyle.BODY);
		String rate = order.taxRate() == null ? ""
				: " " + order.taxRate().movePointRight(2).stripTrailingZeros().toPlainString() + " %";
		row(table, "IVA" + rate, amount(order.tax()), InvoiceStyle.BODY);
		row(table, "Total " + order.currency(), amount(order.total()), InvoiceStyle.TOTAL);
		return table;
	}

	private Paragraph payment(Order order) {
		var payment = order.payment();
		StringBuilder text = new StringBuilder("Payment: ").append(payment.method().name().replace('_', ' '));
		if (payment.cardLast4() != null) {
			text.append(" ending ").append(payment.cardLast4());
		}
		text.append(", ").append(payment.status().name().toLowerCase());
		if (payment.reference() != null) {
			text.append(", reference ").append(payment.reference());
		}
		if (order.notes() != null) {
			text.append("\nNotes: ").append(order.notes());
		}
		text.append("\nThank you for your order. Questions: ").append(properties.seller().email());
		Paragraph paragraph = new Paragraph(text.toString(), InvoiceStyle.BODY);
		paragraph.setSpacingBefore(14);
		return paragraph;
	}

	private static void row(PdfPTable table, String label, String value, Font font) {
		table.addCell(InvoiceStyle.plain("", font));
		table.addCell(InvoiceStyle.right(label, font));
		table.addCell(InvoiceStyle.right(value, font));
	}

	private static PdfPTable table(float[] widths) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		return table;
	}

	private static List<String> address(BillingAddress address) {
		String region = String.join(", ", Stream.of(address.city(), address.state())
			.filter(part -> part != null && !part.isBlank())
			.toList());
		return List.of(address.line1(), address.line2() == null ? "" : address.line2(),
				address.postalCode() + " " + region, address.country());
	}

}
