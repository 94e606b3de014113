environment         = "prod"
domain_name         = "prod.api.digitalbank.example"
certificate_arn     = "arn:aws:acm:us-east-1:111111111111:certificate/replace-me-prod"
mail_domain         = "prod.mail.digitalbank.example"
deletion_protection = true
log_retention_days  = 90
