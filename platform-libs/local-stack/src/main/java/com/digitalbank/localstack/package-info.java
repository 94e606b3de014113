/**
 * The local AWS stack: real AWS-compatible servers on loopback so that every service runs
 * and every test passes with no cloud account and no Docker engine.
 */
package com.digitalbank.localstack;
