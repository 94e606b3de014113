# The tables, queues and buckets the services declare in code, one resource per declared name
# (a queue two services declare, one sending and one listening, is one queue), each named
# "<declared name>-<environment>", all encrypted with the environment's key.

data "aws_caller_identity" "current" {}

data "aws_region" "current" {}

locals {
  table_names = { for name, table in var.tables : name => "${name}-${var.environment}" }
  # A FIFO queue's name must end in .fifo: the suffix goes before it.
  queue_names             = { for name, queue in var.queues : name => queue.fifo ? "${trimsuffix(name, ".fifo")}-${var.environment}.fifo" : "${name}-${var.environment}" }
  dead_letter_queue_names = { for name, queue in var.queues : name => queue.fifo ? "${trimsuffix(queue.dead_letter_queue, ".fifo")}-${var.environment}.fifo" : "${queue.dead_letter_queue}-${var.environment}" }
  bucket_names            = { for name in var.buckets : name => "${name}-${var.environment}-${var.account_id}" }

  # Every key attribute of a table and its indexes, once.
  table_attributes = {
    for name, table in var.tables : name => {
      for key in concat(
        [table.hash_key],
        table.range_key == null ? [] : [table.range_key],
        flatten([for index in table.global_indexes : concat([index.hash_key], index.range_key == null ? [] : [index.range_key])])
      ) : key.name => key.type...
    }
  }
}

resource "aws_kms_key" "data" {
  description             = "${var.name} data (tables, queues, buckets, logs, secrets) in ${var.environment}"
  enable_key_rotation     = true
  deletion_window_in_days = 7
  policy                  = data.aws_iam_policy_document.key.json
}

resource "aws_kms_alias" "data" {
  name          = "alias/${var.name}-data-${var.environment}"
  target_key_id = aws_kms_key.data.key_id
}

# The account administers the key; CloudWatch Logs and the services' roles (through their own
# policies) use it.
data "aws_iam_policy_document" "key" {
  statement {
    sid       = "Account"
    actions   = ["kms:*"]
    resources = ["*"]
    principals {
      type        = "AWS"
      identifiers = ["arn:aws:iam::${data.aws_caller_identity.current.account_id}:root"]
    }
  }
  statement {
    sid       = "Logs"
    actions   = ["kms:Encrypt*", "kms:Decrypt*", "kms:ReEncrypt*", "kms:GenerateDataKey*", "kms:Describe*"]
    resources = ["*"]
    principals {
      type        = "Service"
      identifiers = ["logs.${data.aws_region.current.region}.amazonaws.com"]
    }
  }
  statement {
    sid       = "AlarmsAndEvents"
    actions   = ["kms:Decrypt", "kms:GenerateDataKey*"]
    resources = ["*"]
    principals {
      type        = "Service"
      identifiers = ["cloudwatch.amazonaws.com", "events.amazonaws.com"]
    }
  }
}

resource "aws_dynamodb_table" "declared" {
  for_each                    = var.tables
  name                        = local.table_names[each.key]
  billing_mode                = "PAY_PER_REQUEST"
  hash_key                    = each.value.hash_key.name
  range_key                   = each.value.range_key == null ? null : each.value.range_key.name
  deletion_protection_enabled = var.deletion_protection
  # No streams: the outbox is relayed by polling its own table, whose records outlive a
  # stream's 24 hours (docs/architecture.md, "The transactional outbox").

  dynamic "attribute" {
    for_each = local.table_attributes[each.key]
    content {
      name = attribute.key
      type = attribute.value[0]
    }
  }

  dynamic "global_secondary_index" {
    for_each = { for index in each.value.global_indexes : index.name => index }
    content {
      name            = global_secondary_index.key
      hash_key        = global_secondary_index.value.hash_key.name
      range_key       = global_secondary_index.value.range_key == null ? null : global_secondary_index.value.range_key.name
      projection_type = "ALL"
    }
  }

  dynamic "ttl" {
    for_each = each.value.ttl_attribute == null ? [] : [each.value.ttl_attribute]
    content {
      attribute_name = ttl.value
      enabled        = true
    }
  }

  point_in_time_recovery {
    enabled = true
  }

  server_side_encryption {
    enabled     = true
    kms_key_arn = aws_kms_key.data.arn
  }
}

resource "aws_sqs_queue" "dead_letter" {
  for_each                          = var.queues
  name                              = local.dead_letter_queue_names[each.key]
  fifo_queue                        = each.value.fifo
  message_retention_seconds         = var.message_retention_seconds
  kms_master_key_id                 = aws_kms_key.data.arn
  kms_data_key_reuse_period_seconds = 300
}

resource "aws_sqs_queue" "declared" {
  for_each                          = var.queues
  name                              = local.queue_names[each.key]
  fifo_queue                        = each.value.fifo
  visibility_timeout_seconds        = each.value.visibility_timeout_seconds
  message_retention_seconds         = var.message_retention_seconds
  receive_wait_time_seconds         = 20
  kms_master_key_id                 = aws_kms_key.data.arn
  kms_data_key_reuse_period_seconds = 300
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.dead_letter[each.key].arn
    maxReceiveCount     = each.value.max_receive_count
  })
}

# Only its own queue may send to a DLQ (operators redrive through the services' ops API).
resource "aws_sqs_queue_redrive_allow_policy" "dead_letter" {
  for_each  = var.queues
  queue_url = aws_sqs_queue.dead_letter[each.key].id
  redrive_allow_policy = jsonencode({
    redrivePermission = "byQueue"
    sourceQueueArns   = [aws_sqs_queue.declared[each.key].arn]
  })
}

resource "aws_s3_bucket" "declared" {
  for_each      = var.buckets
  bucket        = local.bucket_names[each.key]
  force_destroy = !var.deletion_protection
}

resource "aws_s3_bucket_public_access_block" "declared" {
  for_each                = var.buckets
  bucket                  = aws_s3_bucket.declared[each.key].id
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

resource "aws_s3_bucket_ownership_controls" "declared" {
  for_each = var.buckets
  bucket   = aws_s3_bucket.declared[each.key].id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "declared" {
  for_each = var.buckets
  bucket   = aws_s3_bucket.declared[each.key].id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.data.arn
    }
    bucket_key_enabled = true
  }
}

resource "aws_s3_bucket_versioning" "declared" {
  for_each = var.buckets
  bucket   = aws_s3_bucket.declared[each.key].id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_lifecycle_configuration" "declared" {
  for_each = var.buckets
  bucket   = aws_s3_bucket.declared[each.key].id

  rule {
    id     = "housekeeping"
    status = "Enabled"
    filter {}
    abort_incomplete_multipart_upload {
      days_after_initiation = 7
    }
    noncurrent_version_expiration {
      noncurrent_days = 30
    }
  }

  dynamic "rule" {
    for_each = contains(keys(var.bucket_expiration_days), each.key) ? [var.bucket_expiration_days[each.key]] : []
    content {
      id     = "expire"
      status = "Enabled"
      filter {}
      transition {
        days          = 30
        storage_class = "STANDARD_IA"
      }
      expiration {
        days = rule.value
      }
    }
  }
}

# Presigned links (the invoice e-mail's) are signed by the task role and work only over TLS.
resource "aws_s3_bucket_policy" "declared" {
  for_each   = var.buckets
  bucket     = aws_s3_bucket.declared[each.key].id
  depends_on = [aws_s3_bucket_public_access_block.declared]
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "TlsOnly"
      Effect    = "Deny"
      Principal = "*"
      Action    = "s3:*"
      Resource  = [aws_s3_bucket.declared[each.key].arn, "${aws_s3_bucket.declared[each.key].arn}/*"]
      Condition = { Bool = { "aws:SecureTransport" = "false" } }
    }]
  })
}
