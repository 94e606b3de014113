package com.digitalbank.marketplace.benefit;

public enum BenefitType {

	CASHBACK, POINTS, MSI

}
