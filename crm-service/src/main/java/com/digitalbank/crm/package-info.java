/**
 * CRM service: beneficiaries and alias resolution.
 */
package com.digitalbank.crm;
