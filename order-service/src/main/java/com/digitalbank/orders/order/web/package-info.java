/**
 * The orders REST API under {@code /v1.0}, as the seed's clients know it: create (202,
 * then poll), get, list a tenant's orders page by page, and change an order's status.
 */
package com.digitalbank.orders.order.web;
