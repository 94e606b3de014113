variable "name" {
  description = "Prefix of every name."
  type        = string
}

variable "environment" {
  description = "The environment's name suffix."
  type        = string
}

variable "service" {
  description = "The service's name, as in ./dev services and its spring.application.name."
  type        = string
}

variable "port" {
  type = number
}

variable "cpu" {
  type = number
}

variable "memory" {
  type = number
}

variable "min_tasks" {
  type = number
}

variable "max_tasks" {
  type = number
}

variable "image_tag" {
  description = "The tag of the image to run (the commit the workflow built)."
  type        = string
}

variable "cluster_name" {
  type = string
}

variable "cluster_arn" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "private_subnet_ids" {
  type = list(string)
}

variable "tasks_security_group_id" {
  type = string
}

variable "public_listener_arn" {
  type = string
}

variable "public_host" {
  description = "The host name the public ALB serves this service on."
  type        = string
}

variable "public_paths" {
  description = "The API paths the public listener routes to the service (documentation paths are added; /actuator never is)."
  type        = list(string)
}

variable "public_alb_arn_suffix" {
  type = string
}

variable "internal_listener_arn" {
  type = string
}

variable "internal_zone_id" {
  type = string
}

variable "internal_zone_name" {
  type = string
}

variable "internal_alb_dns_name" {
  type = string
}

variable "internal_alb_zone_id" {
  type = string
}

variable "rule_priority" {
  description = "The first listener-rule priority of this service; it uses the next ten."
  type        = number
}

variable "tables" {
  description = "The service's own tables by declared name: physical name, ARN, the properties that name it."
  type = map(object({
    name       = string
    arn        = string
    properties = list(string)
  }))
}

variable "queues" {
  description = "The service's own queues by declared name, with their dead-letter queues."
  type = map(object({
    name                   = string
    arn                    = string
    dead_letter_queue_name = string
    dead_letter_queue_arn  = string
    properties             = list(string)
    consumed               = bool
  }))
}

variable "buckets" {
  description = "The service's own buckets by declared name."
  type = map(object({
    name       = string
    arn        = string
    properties = list(string)
  }))
}

variable "properties" {
  description = "Spring properties the service runs with here (passed as environment variables)."
  type        = map(string)
}

variable "secrets" {
  description = "Environment variables read from Secrets Manager: variable name => secret ARN."
  type        = map(string)
  default     = {}
}

variable "extra_statements" {
  description = "IAM statements beyond its tables, queues and buckets (SES, the alert topic)."
  type = list(object({
    sid       = string
    actions   = list(string)
    resources = list(string)
  }))
  default = []
}

variable "kms_key_arn" {
  type = string
}

variable "alarm_topic_arn" {
  type = string
}

variable "log_retention_days" {
  type = number
}

variable "metrics_namespace" {
  description = "Where the collector sidecar puts the services' own metrics (outbox age)."
  type        = string
}

variable "cpu_target_percent" {
  type    = number
  default = 60
}

variable "backlog_per_task" {
  description = "Messages waiting per task a queue worker scales out at."
  type        = number
  default     = 100
}

variable "p99_latency_threshold_seconds" {
  type    = number
  default = 1
}

variable "outbox_age_threshold_seconds" {
  type    = number
  default = 60
}

variable "collector_image" {
  type    = string
  default = "public.ecr.aws/aws-observability/aws-otel-collector:v0.43.3"
}
