variable "name" {
  type = string
}

variable "environment" {
  type = string
}

variable "resource_server_identifier" {
  description = "The identifier scopes are prefixed with (Cognito names a scope identifier/name)."
  type        = string
}

variable "user_scopes" {
  description = "The scopes users' tokens carry, one per service."
  type        = list(string)
  default     = ["banking", "marketplace", "crm", "orders", "agent"]
}

variable "callback_urls" {
  description = "Where the web client's sign-in returns."
  type        = list(string)
}

variable "kms_key_arn" {
  type = string
}

variable "log_retention_days" {
  type = number
}
