package com.digitalbank.crm.resolution;

/**
 * Why a query word points at a contact, strongest first: the reason a candidate carries.
 */
enum Evidence {

	ALIAS("alias"), NAME("name"), RELATIONSHIP("relationship"), NICKNAME("nickname"), DIMINUTIVE("diminutive"),
	TYPO("typo"), PREFIX("start of a name"), INITIAL("initial");

	private final String label;

	Evidence(String label) {
		this.label = label;
	}

	String label() {
		return label;
	}

}
