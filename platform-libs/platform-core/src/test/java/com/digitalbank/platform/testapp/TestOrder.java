package com.digitalbank.platform.testapp;

/**
 * The data of a test saga; {@code plan} scripts its participant (see
 * {@link SagaParticipant}).
 */
public record TestOrder(String orderId, String plan) {
}
