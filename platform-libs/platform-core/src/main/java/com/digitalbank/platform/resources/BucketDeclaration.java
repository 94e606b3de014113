package com.digitalbank.platform.resources;

/** An S3 bucket a service reads or writes. */
public record BucketDeclaration(String name) {
}
