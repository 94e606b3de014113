/** Invoices as S3 objects, and the presigned links that let a customer download one. */
package com.digitalbank.orders.invoice.persistence;
