# Topics, mail and secrets the services and operators share within the environment.

resource "aws_sns_topic" "alarms" {
  name              = "${var.name}-alarms-${var.environment}"
  kms_master_key_id = module.data.kms_key_arn
}

resource "aws_sns_topic_subscription" "alarm_email" {
  count     = var.alarm_email == null ? 0 : 1
  topic_arn = aws_sns_topic.alarms.arn
  protocol  = "email"
  endpoint  = var.alarm_email
}

# Banking's market alerts (banking.markets.alert-channel=sns in AWS; an SQS queue locally).
resource "aws_sns_topic" "market_alerts" {
  name              = "${var.name}-market-alerts-${var.environment}"
  kms_master_key_id = module.data.kms_key_arn
}

# The domain the services send e-mail from; publish the DKIM records it outputs.
resource "aws_sesv2_email_identity" "mail" {
  email_identity = var.mail_domain
}

# The secrets the services read (model API keys, the marketplace's client secret). Terraform
# creates each with a placeholder; set the real value with the CLI (README, "Deploying to AWS"),
# and Terraform leaves it alone from then on.
resource "aws_secretsmanager_secret" "service" {
  for_each                = local.secret_names
  name                    = "${var.name}/${var.environment}/${each.key}"
  kms_key_id              = module.data.kms_key_arn
  recovery_window_in_days = 0
}

resource "aws_secretsmanager_secret_version" "service" {
  for_each      = local.secret_names
  secret_id     = aws_secretsmanager_secret.service[each.key].id
  secret_string = each.key == "marketplace-client-secret" ? module.identity.marketplace_client_secret : "not-set"

  lifecycle {
    ignore_changes = [secret_string]
  }
}
