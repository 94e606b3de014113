output "service_urls" {
  description = "Each service's public base URL (its API, /swagger-ui.html, /asyncapi.html)."
  value       = { for service, deployed in module.service : service => deployed.public_url }
}

output "internal_service_urls" {
  description = "Each service inside the VPC, /actuator included (operators, service-to-service calls)."
  value       = { for service, deployed in module.service : service => deployed.internal_url }
}

output "repository_urls" {
  description = "Where the workflow pushes each service's image."
  value       = { for service, deployed in module.service : service => deployed.repository_url }
}

output "load_balancer_dns_name" {
  description = "Point the services' host names here when the zone is not managed by this configuration."
  value       = module.edge.public_alb_dns_name
}

output "cognito_user_pool_id" {
  value = module.identity.user_pool_id
}

output "cognito_issuer_uri" {
  value = module.identity.issuer_uri
}

output "cognito_token_uri" {
  value = module.identity.token_uri
}

output "cognito_web_client_id" {
  value = module.identity.web_client_id
}

output "cognito_operations_client_id" {
  value = module.identity.operations_client_id
}

output "ses_dkim_tokens" {
  description = "Publish <token>._domainkey.<mail_domain> CNAME <token>.dkim.amazonses.com for each."
  value       = aws_sesv2_email_identity.mail.dkim_signing_attributes[0].tokens
}

output "alarm_topic_arn" {
  value = aws_sns_topic.alarms.arn
}
