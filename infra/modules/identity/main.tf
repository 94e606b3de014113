# Cognito: the issuer of every token in AWS (the dev issuer's counterpart). A resource server
# holds the scopes; a pre-token-generation trigger adds tenant_id and email to access tokens;
# app clients for users (authorization code with PKCE), for the marketplace saga acting on its
# own (client credentials, payments:write) and for operators' tools (client credentials, ops).

resource "aws_cognito_user_pool" "main" {
  name                     = "${var.name}-users-${var.environment}"
  user_pool_tier           = "ESSENTIALS" # access-token customisation needs it
  username_attributes      = ["email"]
  auto_verified_attributes = ["email"]
  deletion_protection      = "INACTIVE"
  mfa_configuration        = "OPTIONAL"

  software_token_mfa_configuration {
    enabled = true
  }

  password_policy {
    minimum_length    = 12
    require_lowercase = true
    require_numbers   = true
    require_symbols   = false
    require_uppercase = true
  }

  schema {
    name                     = "tenant_id"
    attribute_data_type      = "String"
    mutable                  = true
    developer_only_attribute = false
    string_attribute_constraints {
      min_length = 1
      max_length = 64
    }
  }

  lambda_config {
    pre_token_generation_config {
      lambda_arn     = aws_lambda_function.pre_token_generation.arn
      lambda_version = "V2_0"
    }
  }

  account_recovery_setting {
    recovery_mechanism {
      name     = "verified_email"
      priority = 1
    }
  }
}

resource "aws_cognito_user_pool_domain" "main" {
  # Hosted UI domains are global across AWS: the account id keeps this one free.
  domain       = "${var.name}-${var.environment}-${data.aws_caller_identity.current.account_id}"
  user_pool_id = aws_cognito_user_pool.main.id
}

resource "aws_cognito_resource_server" "api" {
  identifier   = var.resource_server_identifier
  name         = "${var.name}-api-${var.environment}"
  user_pool_id = aws_cognito_user_pool.main.id

  dynamic "scope" {
    for_each = toset(concat(var.user_scopes, ["payments:write", "ops"]))
    content {
      scope_name        = scope.value
      scope_description = "The ${scope.value} scope"
    }
  }
}

locals {
  scope = { for name in concat(var.user_scopes, ["payments:write", "ops"]) : name => "${var.resource_server_identifier}/${name}" }
}

resource "aws_cognito_user_pool_client" "web" {
  name                                 = "${var.name}-web-${var.environment}"
  user_pool_id                         = aws_cognito_user_pool.main.id
  generate_secret                      = false
  allowed_oauth_flows_user_pool_client = true
  allowed_oauth_flows                  = ["code"]
  allowed_oauth_scopes                 = concat(["openid", "email"], [for name in var.user_scopes : local.scope[name]])
  callback_urls                        = var.callback_urls
  supported_identity_providers         = ["COGNITO"]
  explicit_auth_flows                  = ["ALLOW_USER_SRP_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"]
  access_token_validity                = 60
  token_validity_units {
    access_token = "minutes"
  }
  depends_on = [aws_cognito_resource_server.api]
}

resource "aws_cognito_user_pool_client" "marketplace" {
  name                                 = "${var.name}-marketplace-saga-${var.environment}"
  user_pool_id                         = aws_cognito_user_pool.main.id
  generate_secret                      = true
  allowed_oauth_flows_user_pool_client = true
  allowed_oauth_flows                  = ["client_credentials"]
  allowed_oauth_scopes                 = [local.scope["payments:write"]]
  supported_identity_providers         = ["COGNITO"]
  depends_on                           = [aws_cognito_resource_server.api]
}

resource "aws_cognito_user_pool_client" "operations" {
  name                                 = "${var.name}-operations-${var.environment}"
  user_pool_id                         = aws_cognito_user_pool.main.id
  generate_secret                      = true
  allowed_oauth_flows_user_pool_client = true
  allowed_oauth_flows                  = ["client_credentials"]
  allowed_oauth_scopes                 = [local.scope["ops"]]
  supported_identity_providers         = ["COGNITO"]
  depends_on                           = [aws_cognito_resource_server.api]
}

# The trigger.
data "archive_file" "pre_token_generation" {
  type        = "zip"
  source_file = "${path.module}/../../lambda/pre-token-generation/index.mjs"
  output_path = "${path.root}/.build/pre-token-generation-${var.environment}.zip"
}

resource "aws_iam_role" "pre_token_generation" {
  name = "${var.name}-pre-token-generation-${var.environment}"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_iam_role_policy" "pre_token_generation" {
  name = "logs"
  role = aws_iam_role.pre_token_generation.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["logs:CreateLogStream", "logs:PutLogEvents"]
      Resource = "${aws_cloudwatch_log_group.pre_token_generation.arn}:*"
    }]
  })
}

resource "aws_cloudwatch_log_group" "pre_token_generation" {
  name              = "/aws/lambda/${var.name}-pre-token-generation-${var.environment}"
  retention_in_days = var.log_retention_days
  kms_key_id        = var.kms_key_arn
}

resource "aws_lambda_function" "pre_token_generation" {
  function_name    = "${var.name}-pre-token-generation-${var.environment}"
  role             = aws_iam_role.pre_token_generation.arn
  runtime          = "nodejs22.x"
  architectures    = ["arm64"]
  handler          = "index.handler"
  filename         = data.archive_file.pre_token_generation.output_path
  source_code_hash = data.archive_file.pre_token_generation.output_base64sha256
  timeout          = 5
  memory_size      = 128
  depends_on       = [aws_cloudwatch_log_group.pre_token_generation]
}

resource "aws_lambda_permission" "cognito" {
  statement_id  = "CognitoPreTokenGeneration"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.pre_token_generation.function_name
  principal     = "cognito-idp.amazonaws.com"
  source_arn    = aws_cognito_user_pool.main.arn
}

data "aws_region" "current" {}

data "aws_caller_identity" "current" {}
