/**
 * Group commit: one writer thread per instance takes every item waiting at that moment
 * and hands them to the service's committer together, so that concurrent requests for the
 * same store cost a share of one transaction each instead of colliding in transactions of
 * their own. A service constructs its own {@code GroupWriter} (the item type and the
 * committer are its own); nothing here is auto-configured.
 */
package com.digitalbank.platform.groupcommit;
