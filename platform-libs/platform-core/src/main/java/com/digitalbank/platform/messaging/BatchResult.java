package com.digitalbank.platform.messaging;

import java.util.List;

/** Which messages of a batch were handled and which will come back. */
public record BatchResult(List<String> succeeded, List<String> failed) {
}
