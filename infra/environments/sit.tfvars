environment     = "sit"
domain_name     = "sit.api.digitalbank.example"
certificate_arn = "arn:aws:acm:us-east-1:111111111111:certificate/replace-me-sit"
mail_domain     = "sit.mail.digitalbank.example"
