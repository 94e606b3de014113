package com.digitalbank.orders.notification;

/** The e-mails an order gets, each at most once; the name is also the template's name. */
public enum EmailKind {

	CUSTOMER_CONFIRMATION("customer-confirmation"), INTERNAL_NOTIFICATION("internal-notification");

	private final String template;

	EmailKind(String template) {
		this.template = template;
	}

	public String template() {
		return template;
	}

}
