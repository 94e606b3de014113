package com.digitalbank.orders.invoice;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import com.digitalbank.orders.TestOrders;
import com.digitalbank.orders.order.Order;
import com.digitalbank.orders.order.OrderPricing;
import com.digitalbank.orders.order.OrdersProperties;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;

import static org.assertj.core.api.Assertions.assertThat;

class InvoiceRendererTests {

	static final InvoiceProperties PROPERTIES = new InvoiceProperties("invoices", Duration.ofDays(7),
			Duration.ofMinutes(2), ZoneId.of("America/Mexico_City"),
			new InvoiceProperties.Seller("Digital Bank Commerce", "DBC201115AB1",
					List.of("Paseo de la Reforma 505", "Ciudad de México"), "billing@example.com", "+52"));

	static final OrderPricing PRICING = new OrderPricing(new OrdersProperties("orders", "MXN", new BigDecimal("0.16"),
			new OrdersProperties.Shipping(new BigDecimal("99.00"), new BigDecimal("999.00")), null));

	private final InvoiceRenderer renderer = new InvoiceRenderer(PROPERTIES);

	@Test
	void rendersAOneLineInvoiceOnOnePage() throws Exception {
		Order order = TestOrders.order(PRICING, "acme", Instant.parse("2026-11-23T18:00:00Z"), 1);

		String text = text(renderer.render(order), 1);

		assertThat(text).contains(order.orderNumber(), InvoiceStyle.amount(order.total()), "Digital Bank Commerce",
				"Ana López", "Bill to", "Ship to", "Product number 1", "IVA 16 %", "Total MXN", "page 1");
	}

	@Test
	void flowsTwoHundredLinesOntoMorePagesWithTheTotalsAtTheEnd() throws Exception {
		Order order = TestOrders.order(PRICING, "acme", Instant.parse("2026-11-23T18:00:00Z"), 200);

		byte[] pdf = renderer.render(order);
		PdfReader reader = new PdfReader(pdf);
		int pages = reader.getNumberOfPages();
		String lastPage = new PdfTextExtractor(reader).getTextFromPage(pages);

		assertThat(pages).isGreaterThan(1);
		assertThat(lastPage).contains(order.orderNumber(), InvoiceStyle.amount(order.total()), "Total MXN");
		assertThat(new PdfTextExtractor(reader).getTextFromPage(2)).contains("Unit price", "Product number");
		assertThat(text(pdf, pages)).contains("Product number 200");
	}

	static String text(byte[] pdf, int pages) throws Exception {
		PdfReader reader = new PdfReader(pdf);
		PdfTextExtractor extractor = new PdfTextExtractor(reader);
		StringBuilder text = new StringBuilder();
		for (int page = 1; page <= Math.min(pages, reader.getNumberOfPages()); page++) {
			text.append(extractor.getTextFromPage(page)).append('\n');
		}
		return text.toString();
	}

}
