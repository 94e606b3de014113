environment     = "dev"
domain_name     = "dev.api.digitalbank.example"
certificate_arn = "arn:aws:acm:us-east-1:111111111111:certificate/replace-me-dev"
mail_domain     = "dev.mail.digitalbank.example"
