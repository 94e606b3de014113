/**
 * The builder's configuration properties, and the template copies it keeps in the table.
 */
package com.digitalbank.agent.builder.config;
