package com.digitalbank.platform.deadletter;

import java.util.List;

/** Every queue the service declares; empty for a service that declares none. */
public record QueueList(List<QueueSummary> queues) {

}
