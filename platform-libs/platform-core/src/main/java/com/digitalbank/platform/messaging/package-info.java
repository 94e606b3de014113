/**
 * Events between services over SQS: one JSON envelope for every event, a publisher that
 * stamps event and correlation ids, and batch processing where one bad message never
 * blocks or re-runs its neighbours.
 */
package com.digitalbank.platform.messaging;
