package com.digitalbank.orders.invoice;

import java.awt.Color;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import org.openpdf.text.Chunk;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.Phrase;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

/**
 * The invoice's look in one place: fonts, colours, tables, cells and how amounts are
 * printed ({@code 1,234.56}), so the renderer reads as the document's structure only.
 */
final class InvoiceStyle {

	static final Color ACCENT = new Color(0x1F, 0x3A, 0x5F);

	static final Color STRIPE = new Color(0xF2, 0xF5, 0xF9);

	static final Font TITLE = new Font(Font.HELVETICA, 20, Font.BOLD, ACCENT);

	static final Font HEADING = new Font(Font.HELVETICA, 10, Font.BOLD, ACCENT);

	static final Font BODY = new Font(Font.HELVETICA, 9, Font.NORMAL, Color.DARK_GRAY);

	static final Font BOLD = new Font(Font.HELVETICA, 9, Font.BOLD, Color.BLACK);

	static final Font TABLE_HEADER = new Font(Font.HELVETICA, 9, Font.BOLD, Color.WHITE);

	static final Font TOTAL = new Font(Font.HELVETICA, 11, Font.BOLD, ACCENT);

	private InvoiceStyle() {
	}

	/**
	 * Amounts as printed: grouped thousands, two decimals, independent of the server's
	 * locale.
	 */
	static String amount(BigDecimal value) {
		return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US)).format(value);
	}

	/** A table across the page's full width, in columns of these relative widths. */
	static PdfPTable table(float[] widths) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		return table;
	}

	static PdfPCell plain(String text, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, font));
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(3);
		return cell;
	}

	static PdfPCell right(String text, Font font) {
		PdfPCell cell = plain(text, font);
		cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
		return cell;
	}

	static PdfPCell header(String text, int alignment) {
		PdfPCell cell = plain(text, TABLE_HEADER);
		cell.setBackgroundColor(ACCENT);
		cell.setHorizontalAlignment(alignment);
		cell.setPadding(5);
		return cell;
	}

	static PdfPCell line(String text, int alignment, boolean striped) {
		PdfPCell cell = plain(text, BODY);
		cell.setHorizontalAlignment(alignment);
		cell.setBorder(Rectangle.BOTTOM);
		cell.setBorderColor(Color.LIGHT_GRAY);
		if (striped) {
			cell.setBackgroundColor(STRIPE);
		}
		return cell;
	}

	/**
	 * A phrase that starts with {@code text}. Later chunks keep their own font: a phrase
	 * built with a font would lend its style (bold) to every chunk added to it.
	 */
	static Phrase phrase(String text, Font font) {
		Phrase phrase = new Phrase();
		phrase.add(new Chunk(text, font));
		return phrase;
	}

	static PdfPCell block(String heading, Iterable<String> lines) {
		Phrase phrase = phrase(heading + "\n", HEADING);
		for (String text : lines) {
			if (text != null && !text.isBlank()) {
				phrase.add(new Chunk(text + "\n", BODY));
			}
		}
		PdfPCell cell = new PdfPCell(phrase);
		cell.setBorder(Rectangle.NO_BORDER);
		cell.setPadding(4);
		return cell;
	}

}
