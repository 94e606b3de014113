output "public_url" {
  value = "https://${var.public_host}"
}

output "internal_url" {
  value = "http://${var.service}.${var.internal_zone_name}"
}

output "repository_url" {
  value = aws_ecr_repository.service.repository_url
}

output "task_role_arn" {
  value = aws_iam_role.task.arn
}

output "ecs_service_name" {
  value = aws_ecs_service.service.name
}
