output "user_pool_id" {
  value = aws_cognito_user_pool.main.id
}

output "issuer_uri" {
  description = "spring.security.oauth2.resourceserver.jwt.issuer-uri"
  value       = "https://${aws_cognito_user_pool.main.endpoint}"
}

output "token_uri" {
  value = "https://${aws_cognito_user_pool_domain.main.domain}.auth.${data.aws_region.current.region}.amazoncognito.com/oauth2/token"
}

output "scope_prefix" {
  description = "platform.security.scope-prefix"
  value       = "${var.resource_server_identifier}/"
}

output "web_client_id" {
  value = aws_cognito_user_pool_client.web.id
}

output "marketplace_client_id" {
  value = aws_cognito_user_pool_client.marketplace.id
}

output "marketplace_client_secret" {
  value     = aws_cognito_user_pool_client.marketplace.client_secret
  sensitive = true
}

output "operations_client_id" {
  value = aws_cognito_user_pool_client.operations.id
}
