variable "name" {
  description = "Prefix of the names this module invents (the key's alias)."
  type        = string
}

variable "environment" {
  description = "The environment's name suffix, added to every declared name."
  type        = string
}

variable "account_id" {
  description = "Added to bucket names, which are global across accounts."
  type        = string
}

variable "tables" {
  description = "Every table the services declare, by declared name (from services.auto.tfvars.json)."
  type = map(object({
    hash_key  = object({ name = string, type = string })
    range_key = optional(object({ name = string, type = string }))
    global_indexes = list(object({
      name      = string
      hash_key  = object({ name = string, type = string })
      range_key = optional(object({ name = string, type = string }))
    }))
    ttl_attribute = optional(string)
  }))
}

variable "queues" {
  description = "Every queue the services declare, by declared name."
  type = map(object({
    visibility_timeout_seconds = number
    max_receive_count          = number
    fifo                       = bool
    dead_letter_queue          = string
  }))
}

variable "buckets" {
  description = "Every bucket the services declare, by declared name."
  type        = set(string)
}

variable "bucket_expiration_days" {
  description = "Buckets whose objects expire (invoices, generated artifacts), by declared name; objects move to Standard-IA after 30 days first."
  type        = map(number)
  default     = {}
}

variable "deletion_protection" {
  description = "Protect tables from deletion (prod); off by default so an environment can be destroyed."
  type        = bool
  default     = false
}

variable "message_retention_seconds" {
  description = "How long queues and their DLQs keep a message: SQS's maximum, 14 days."
  type        = number
  default     = 1209600
}
