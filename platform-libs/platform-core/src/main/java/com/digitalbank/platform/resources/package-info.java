/**
 * A service declares its tables, queues and buckets once, as beans. Under {@code local}
 * (and in tests) the missing ones are created at start-up; elsewhere Terraform creates
 * them and start-up fails loudly when one is missing.
 */
package com.digitalbank.platform.resources;
