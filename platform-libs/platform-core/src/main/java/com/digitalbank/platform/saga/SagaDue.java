package com.digitalbank.platform.saga;

/** The message on a saga queue: look at this saga, it may be due. */
record SagaDue(String sagaId) {

	static final String EVENT_TYPE = "SAGA_DUE";

}
