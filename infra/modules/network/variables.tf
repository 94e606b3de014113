variable "name" {
  description = "Prefix of every name."
  type        = string
}

variable "environment" {
  description = "The environment's name suffix."
  type        = string
}

variable "region" {
  type = string
}

variable "cidr_block" {
  description = "The VPC's range when one is created."
  type        = string
  default     = "10.40.0.0/16"
}

variable "az_count" {
  type    = number
  default = 2
}

variable "vpc_id" {
  description = "An existing VPC to use instead of creating one (then give its subnets too)."
  type        = string
  default     = null
}

variable "public_subnet_ids" {
  type    = list(string)
  default = []
}

variable "private_subnet_ids" {
  type    = list(string)
  default = []
}
