variable "name" {
  type = string
}

variable "environment" {
  type = string
}

variable "vpc_id" {
  type = string
}

variable "vpc_cidr_block" {
  type = string
}

variable "public_subnet_ids" {
  type = list(string)
}

variable "private_subnet_ids" {
  type = list(string)
}

variable "certificate_arn" {
  description = "ACM certificate for the public listener (a wildcard for the services' host names)."
  type        = string
}

variable "rate_limit_per_ip" {
  description = "Requests one client IP may make in 5 minutes before WAF blocks it."
  type        = number
  default     = 2000
}

variable "logs_bucket" {
  description = "Bucket for ALB access logs; none when null."
  type        = string
  default     = null
}
