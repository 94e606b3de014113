output "kms_key_arn" {
  value = aws_kms_key.data.arn
}

output "table_names" {
  description = "Physical table names by declared name."
  value       = local.table_names
}

output "table_arns" {
  value = { for name, table in aws_dynamodb_table.declared : name => table.arn }
}

output "queue_names" {
  value = local.queue_names
}

output "queue_arns" {
  value = { for name, queue in aws_sqs_queue.declared : name => queue.arn }
}

output "dead_letter_queue_names" {
  value = local.dead_letter_queue_names
}

output "dead_letter_queue_arns" {
  value = { for name, queue in aws_sqs_queue.dead_letter : name => queue.arn }
}

output "bucket_names" {
  value = local.bucket_names
}

output "bucket_arns" {
  value = { for name, bucket in aws_s3_bucket.declared : name => bucket.arn }
}
