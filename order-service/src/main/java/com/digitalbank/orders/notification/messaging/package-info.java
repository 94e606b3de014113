/**
 * The notification steps of the pipeline ({@code ORDER_RECORDED} → internal e-mail,
 * {@code INVOICE_CREATED} → customer e-mail) and the mail transport: SMTP where
 * {@code spring.mail.host} is set (locally, in tests), SES in AWS, both as a
 * JavaMailSender.
 */
package com.digitalbank.orders.notification.messaging;
