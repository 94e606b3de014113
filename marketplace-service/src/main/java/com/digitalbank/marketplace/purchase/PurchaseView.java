package com.digitalbank.marketplace.purchase;

import java.util.List;

import com.digitalbank.platform.saga.StepRecord;

/** A purchase with the steps its saga has taken so far, each with its timestamps. */
public record PurchaseView(Purchase purchase, List<StepRecord> steps) {

	public PurchaseView {
		steps = List.copyOf(steps);
	}

}
