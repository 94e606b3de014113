/** Chat sessions in DynamoDB, one item each, removed by the table's TTL. */
package com.digitalbank.agent.assistant.persistence;
