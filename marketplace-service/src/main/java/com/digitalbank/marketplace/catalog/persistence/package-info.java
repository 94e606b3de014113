/** The catalog in DynamoDB: retailers, and products with their live stock. */
package com.digitalbank.marketplace.catalog.persistence;
