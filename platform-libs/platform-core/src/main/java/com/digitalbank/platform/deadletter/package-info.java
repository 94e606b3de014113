/**
 * Dead-letter queues operators can use: the {@code queues} actuator endpoint lists every
 * declared queue with its depth and its dead-letter queue's, shows the messages waiting
 * in a dead-letter queue with the failure that sent each one there where it is known, and
 * moves them back to their source queue, all or by id, deleting each from the dead-letter
 * queue only after it was sent. A watch logs and measures dead-letter queues that fill
 * up. The endpoint needs the {@code ops} scope.
 */
package com.digitalbank.platform.deadletter;
