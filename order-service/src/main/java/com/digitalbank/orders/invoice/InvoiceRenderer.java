package com.digitalbank.orders.invoice;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import com.digitalbank.orders.order.Order;
import com.digitalbank.orders.order.OrderItem;
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
 * Renders an order's invoice: seller and buyer with their addresses, a line-item table
 * whose header repeats on every page it flows onto, the campaign, taxes, totals and
 * payment. Pure: no I/O besides the bytes it returns, so it is tested and benchmarked on
 * its own.
 */
public class InvoiceRenderer {

	private final InvoiceProperties properties;

	private final InvoiceParties parties;

	public InvoiceRenderer(InvoiceProperties properties) {
		this.properties = properties;
		this.parties = new InvoiceParties(properties);
	}

	public byte[] render(Order order) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 36, 36, 36, 48);
		PdfWriter.getInstance(document, out);
		document.addTitle("Invoice " + order.orderNumber());
		document.addAuthor(properties.seller().name());
		document.setFooter(footer(order));
		document.open();
		document.add(parties.heading(order));
		document.add(parties.parties(order));
		document.add(lines(order));
		document.add(totals(order));
		document.add(payment(order));
		document.close();
		return out.toByteArray();
	}

	private static HeaderFooter footer(Order order) {
		// A phrase with its own font: the page number is printed in it.
		Phrase pageNumber = new Phrase(order.orderNumber() + "  ·  page ", InvoiceStyle.BODY);
		HeaderFooter footer = new HeaderFooter(pageNumber, true);
		footer.setAlignment(Element.ALIGN_RIGHT);
		footer.setBorder(Rectangle.TOP);
		return footer;
	}

	private PdfPTable lines(Order order) {
		PdfPTable table = InvoiceStyle.table(new float[] { 0.6f, 2, 5, 1, 1.8f, 2 });
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
		PdfPTable table = InvoiceStyle.table(new float[] { 5, 3, 2 });
		table.setSpacingBefore(10);
		table.setKeepTogether(true);
		row(table, "Subtotal", amount(order.subtotal()), InvoiceStyle.BODY);
		if (order.campaign() != null) {
			row(table,
					"Discount: " + order.campaign().name() + " (" + order.campaign().code() + ", "
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
		text.append(", ").append(payment.status().name().toLowerCase(Locale.ROOT));
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

}
